/**
 * Attachments as a feature of their own: every file a person uploads is checked by its content
 * (signature, structure, decoding) against the policy of the service it is filed with, before
 * anything stores it. Depends on nothing but {@code shared}.
 */
package th.go.sesaoret.servicedesk.attachment.domain;
