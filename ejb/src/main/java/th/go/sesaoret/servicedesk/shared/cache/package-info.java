/**
 * Small per-key caches of what the database says (a person's unread count, today's acting roles),
 * forgotten by whoever changes it when the change commits, never kept from a read that raced with a
 * change.
 */
package th.go.sesaoret.servicedesk.shared.cache;
