/**
 * The audit trail: one append-only {@link AuditEntry} per action and per refusal (who, when, from
 * which IP, what, before and after). Nothing in the application updates or deletes an entry.
 */
package th.go.sesaoret.servicedesk.audit.domain;
