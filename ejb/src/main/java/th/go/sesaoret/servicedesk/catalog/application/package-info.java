/** The published manual and the administrator's changes to step standards. */
package th.go.sesaoret.servicedesk.catalog.application;
