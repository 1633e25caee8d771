package th.go.sesaoret.servicedesk.export.application;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import th.go.sesaoret.servicedesk.export.domain.Column;
import th.go.sesaoret.servicedesk.export.domain.SheetHeading;

/**
 * Writes a table as a file as its rows come: the heading, the columns' headings, then a row per row
 * of {@code rows}; dates in the Buddhist era in Thai.
 */
public interface SheetWriter {
  <T> void write(
      SheetHeading heading,
      List<Column<T>> columns,
      RowSource<T> rows,
      Locale locale,
      OutputStream out)
      throws IOException;
}
