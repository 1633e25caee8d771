/**
 * The exports' values: a file format, a column (its heading, kind of cell and value), the sheet's
 * heading, and Thai line breaking between words ({@link
 * th.go.sesaoret.servicedesk.export.domain.ThaiLines}).
 */
package th.go.sesaoret.servicedesk.export.domain;
