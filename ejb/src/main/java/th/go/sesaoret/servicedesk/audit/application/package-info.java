/**
 * Writing the audit trail for every service, and the administrator's search of it; the actions
 * every feature declares ({@link AuditActions}). It knows nothing of requests: a request's own
 * trail is read by the request feature. There are no update or delete methods, on purpose.
 */
package th.go.sesaoret.servicedesk.audit.application;
