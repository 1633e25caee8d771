package th.go.sesaoret.servicedesk.export.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import th.go.sesaoret.servicedesk.export.application.RowSource;
import th.go.sesaoret.servicedesk.export.application.SheetWriter;
import th.go.sesaoret.servicedesk.export.domain.Column;
import th.go.sesaoret.servicedesk.export.domain.SheetHeading;
import th.go.sesaoret.servicedesk.shared.DateDisplay;

/**
 * CSV by Apache Commons CSV (RFC 4180), UTF-8 with a byte order mark so that Excel opens the Thai
 * words, written row by row. The heading lines first, then the columns' headings and the rows:
 * plain numbers (a dot, no grouping) and ISO dates ({@code 2026-12-02 09:30}, office time), which a
 * spreadsheet or a program reads as they are.
 */
public class CsvSheetWriter implements SheetWriter {
  @Override
  public <T> void write(
      SheetHeading heading,
      List<Column<T>> columns,
      RowSource<T> rows,
      Locale locale,
      OutputStream out)
      throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
    csv.printRecord(heading.title());
    if (heading.office() != null) {
      csv.printRecord(heading.office());
    }
    for (String fact : heading.facts()) {
      csv.printRecord(fact);
    }
    if (heading.madeAt() != null) {
      csv.printRecord(heading.madeAtLabel(), DateDisplay.of(locale).dateTime(heading.madeAt()));
    }
    csv.println();
    csv.printRecord(columns.stream().map(Column::heading).toList());
    try {
      rows.each(
          item -> {
            List<String> cells = new ArrayList<>(columns.size());
            for (Column<T> c : columns) {
              cells.add(Cells.plain(c.of(item), c.kind()));
            }
            try {
              csv.printRecord(cells);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    csv.flush();
  }
}
