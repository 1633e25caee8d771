/**
 * The lists' exports ({@link th.go.sesaoret.servicedesk.export.web.ListExports}): every list page's
 * Excel / CSV / PDF buttons, the rows as the table shows them, streamed page by page.
 */
package th.go.sesaoret.servicedesk.export.web;
