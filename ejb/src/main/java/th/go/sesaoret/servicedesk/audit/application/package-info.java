/**
 * Writing the audit trail for every service, and reading it: per request for those who may see the
 * request, searched by the administrator. There are no update or delete methods, on purpose.
 */
package th.go.sesaoret.servicedesk.audit.application;
