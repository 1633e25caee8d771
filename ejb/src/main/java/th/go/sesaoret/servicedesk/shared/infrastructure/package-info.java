/** Technical services every feature shares: schema migrations at deploy. */
package th.go.sesaoret.servicedesk.shared.infrastructure;
