/** Sign-in checks, account administration, the traffic log and demo accounts. */
package th.go.sesaoret.servicedesk.security.application;
