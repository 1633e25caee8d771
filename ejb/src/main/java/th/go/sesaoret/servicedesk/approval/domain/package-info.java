/** The approval desk's rules: a waiting approval's SLA state, what a batch of signatures did. */
package th.go.sesaoret.servicedesk.approval.domain;
