/**
 * The website publication's pages (service 1): the requester's form with the editor, the approver's
 * reading view, the staff's draft with its word-level diff, the preview, the check and publication,
 * and the public news pages, atom feeds and sitemap.
 */
package th.go.sesaoret.servicedesk.publication.web;
