package th.go.sesaoret.servicedesk.export.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.catalog.web.ServiceNames;
import th.go.sesaoret.servicedesk.export.application.RowSource;
import th.go.sesaoret.servicedesk.export.application.SheetWriters;
import th.go.sesaoret.servicedesk.export.domain.Column;
import th.go.sesaoret.servicedesk.export.domain.Format;
import th.go.sesaoret.servicedesk.export.domain.SheetHeading;
import th.go.sesaoret.servicedesk.shared.OfficeTime;
import th.go.sesaoret.servicedesk.shared.Wording;
import th.go.sesaoret.servicedesk.shared.list.ListPage;
import th.go.sesaoret.servicedesk.shared.list.ListQuery;
import th.go.sesaoret.servicedesk.shared.list.ListSort;
import th.go.sesaoret.servicedesk.shared.web.Downloads;
import th.go.sesaoret.servicedesk.shared.web.ListFilters;
import th.go.sesaoret.servicedesk.shared.web.ListModel;
import th.go.sesaoret.servicedesk.shared.web.LocaleBacking;
import th.go.sesaoret.servicedesk.shared.web.Messages;

/**
 * The export of any list page (its "Excel / CSV / PDF" buttons, {@code list-exports.xhtml}): the
 * rows the table would show now (the filter bar's filters, the table's sort, through the same
 * application service as the table, so the same role checks and visibility), read page by page of
 * {@link #PAGE} from the database and written as they come ({@link SheetWriters}); at most {@link
 * #MAX_ROWS} rows, the file saying so at its top when there were more. The file is the response of
 * the button's (non-Ajax) post: an attachment with an ASCII name and the Thai one (RFC 5987).
 */
@ApplicationScoped
public class ListExports {
  /** The most rows one file holds; more are left out, and the file says so. */
  public static final int MAX_ROWS = 10_000;

  /** Rows read from the database at a time (the largest page the lists offer). */
  static final int PAGE = 50;

  @Inject private SheetWriters writers;
  @Inject private LocaleBacking locale;
  @Inject private Clock clock;
  @Inject private ServiceNames serviceNames;

  /**
   * Writes {@code model}'s current rows as {@code extension} ({@code xlsx}, {@code csv}, {@code
   * pdf}; anything else is a 404) under the title of bundle key {@code titleKey}, file name {@code
   * fileName} (ASCII, without extension).
   */
  public <T, S extends Enum<S> & ListSort> void send(
      String extension,
      ListModel<T, S> model,
      ListFilters filters,
      String titleKey,
      String fileName,
      List<Column<T>> columns)
      throws IOException {
    ListQuery<S> query = model.currentQuery();
    long total = model.countOf(query);
    send(
        extension,
        titleKey,
        fileName,
        facts(filters),
        total,
        rows(model, query, Math.min(total, MAX_ROWS)),
        columns);
  }

  /**
   * Writes {@code rows} (of {@code total}; the source stops at {@link #MAX_ROWS}) as {@code
   * extension} ({@code xlsx}, {@code csv}, {@code pdf}; anything else is a 404) with the title of
   * bundle key {@code titleKey} and the {@code facts} (the list's criteria in words) at its top.
   */
  public <T> void send(
      String extension,
      String titleKey,
      String fileName,
      List<String> criteria,
      long total,
      RowSource<T> rows,
      List<Column<T>> columns)
      throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ec = faces.getExternalContext();
    Optional<Format> format = Format.byExtension(extension);
    if (format.isEmpty()) {
      ec.responseSendError(404, null);
      faces.responseComplete();
      return;
    }
    Instant now = clock.instant();
    String title = Messages.text(titleKey);
    List<String> facts = new ArrayList<>(criteria);
    facts.add(Messages.text("export.count", total));
    if (total > MAX_ROWS) {
      facts.add(Messages.text("export.capped", MAX_ROWS, total));
    }
    SheetHeading heading =
        new SheetHeading(
            title,
            Wording.of("report", locale.getLocale()).text("report.office"),
            facts,
            Messages.text("export.madeAt"),
            now);
    String day = LocalDate.now(clock.withZone(OfficeTime.ZONE)).toString();
    String ascii = fileName + "-" + day + "." + format.get().extension();
    ec.responseReset();
    ec.setResponseContentType(format.get().contentType());
    ec.setResponseHeader(
        "Content-Disposition",
        Downloads.attachment(title + " " + day + "." + format.get().extension(), ascii));
    ec.setResponseHeader("X-Content-Type-Options", "nosniff");
    ec.setResponseHeader("Cache-Control", "private, no-store");
    OutputStream out = ec.getResponseOutputStream();
    writers.of(format.get()).write(heading, columns, capped(rows), locale.getLocale(), out);
    out.flush();
    faces.responseComplete();
  }

  /** At most {@link #MAX_ROWS} of {@code rows}. */
  static <T> RowSource<T> capped(RowSource<T> rows) {
    return each -> {
      long[] written = {0};
      rows.each(
          row -> {
            if (written[0]++ < MAX_ROWS) {
              each.accept(row);
            }
          });
    };
  }

  /**
   * The rows of a paged read ({@code page} from {@code first}, {@link #PAGE} at a time) until
   * {@code max} or a short page.
   */
  public static <T> RowSource<T> paged(PageReader<T> page, long max) {
    return each -> {
      long written = 0;
      for (int first = 0; written < max; first += PAGE) {
        List<T> rows = page.read(first, PAGE);
        for (T row : rows) {
          if (written++ >= max) {
            return;
          }
          each.accept(row);
        }
        if (rows.size() < PAGE) {
          return;
        }
      }
    };
  }

  /** Reads {@code size} rows from row {@code first}. */
  @FunctionalInterface
  public interface PageReader<T> {
    List<T> read(int first, int size);
  }

  /** The rows of {@code query}, page by page, at most {@code max}. */
  static <T, S extends Enum<S> & ListSort> RowSource<T> rows(
      ListModel<T, S> model, ListQuery<S> query, long max) {
    return paged((first, size) -> model.pageOf(query, new ListPage(first, size)), max);
  }

  /** The filter bar's filters in words, for the file's heading. */
  private List<String> facts(ListFilters filters) {
    List<String> facts = new ArrayList<>();
    if (filters == null) {
      return facts;
    }
    if (filters.getSearch() != null && !filters.getSearch().isBlank()) {
      facts.add(Messages.text("export.search", filters.getSearch().strip()));
    }
    ServiceCode.known(filters.getService())
        .ifPresent(code -> facts.add(Messages.text("export.service", serviceNames.of(code))));
    if (filters.isOverdue()) {
      facts.add(Messages.text("export.overdue"));
    }
    if (filters.isWaiting()) {
      facts.add(Messages.text("export.waiting"));
    }
    return facts;
  }
}
