package th.go.sesaoret.servicedesk.export.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import th.go.sesaoret.servicedesk.export.application.SheetWriter;
import th.go.sesaoret.servicedesk.export.application.SheetWriters;
import th.go.sesaoret.servicedesk.export.domain.Format;

/** XLSX by Apache POI (streaming), CSV by Apache Commons CSV, PDF by OpenPDF. */
@ApplicationScoped
public class FileSheetWriters implements SheetWriters {
  @Override
  public SheetWriter of(Format format) {
    return switch (format) {
      case XLSX -> new XlsxSheetWriter();
      case CSV -> new CsvSheetWriter();
      case PDF -> new PdfSheetWriter();
    };
  }
}
