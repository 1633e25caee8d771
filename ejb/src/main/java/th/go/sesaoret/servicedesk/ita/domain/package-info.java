/** The public ITA statistics' addresses: which fiscal years and halves are published. */
package th.go.sesaoret.servicedesk.ita.domain;
