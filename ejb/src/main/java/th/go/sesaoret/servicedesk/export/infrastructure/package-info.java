/** The sheet writers: Apache POI SXSSF (XLSX), Apache Commons CSV, OpenPDF with the Thai font. */
package th.go.sesaoret.servicedesk.export.infrastructure;
