/** The administrator's search of the audit trail. */
package th.go.sesaoret.servicedesk.audit.web;
