package th.go.sesaoret.servicedesk.export.application;

import th.go.sesaoret.servicedesk.export.domain.Format;

/** The writer of each format (the infrastructure's POI, Commons CSV and OpenPDF writers). */
public interface SheetWriters {
  SheetWriter of(Format format);
}
