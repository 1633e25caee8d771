/** People, roles, password hashing, lockout and the traffic log: rules without a container. */
package th.go.sesaoret.servicedesk.security.domain;
