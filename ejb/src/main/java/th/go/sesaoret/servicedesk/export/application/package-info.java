/**
 * One export mechanism for every list: a {@link
 * th.go.sesaoret.servicedesk.export.application.SheetWriter} takes column definitions and a stream
 * of rows and writes XLSX, CSV or PDF as the rows come.
 */
package th.go.sesaoret.servicedesk.export.application;
