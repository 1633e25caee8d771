/** The administrator's holiday page. */
package th.go.sesaoret.servicedesk.sla.web;
