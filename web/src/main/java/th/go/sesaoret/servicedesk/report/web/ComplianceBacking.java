package th.go.sesaoret.servicedesk.report.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.IsoChronology;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import th.go.sesaoret.servicedesk.export.domain.Column;
import th.go.sesaoret.servicedesk.export.web.ListExports;
import th.go.sesaoret.servicedesk.report.application.ComplianceLine;
import th.go.sesaoret.servicedesk.report.application.ComplianceReport;
import th.go.sesaoret.servicedesk.report.application.DrillRow;
import th.go.sesaoret.servicedesk.report.application.ExportFormat;
import th.go.sesaoret.servicedesk.report.application.Figure;
import th.go.sesaoret.servicedesk.report.application.ReportWords;
import th.go.sesaoret.servicedesk.report.domain.FiscalYear;
import th.go.sesaoret.servicedesk.report.domain.PeriodKind;
import th.go.sesaoret.servicedesk.report.domain.ReportPeriod;
import th.go.sesaoret.servicedesk.satisfaction.application.Satisfaction;
import th.go.sesaoret.servicedesk.satisfaction.application.SatisfactionSummary;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.OfficeTime;
import th.go.sesaoret.servicedesk.shared.web.LocaleBacking;
import th.go.sesaoret.servicedesk.shared.web.Messages;
import th.go.sesaoret.servicedesk.shared.web.PagedModel;

/**
 * The compliance report's page: the period chosen (the current fiscal year first), the table per
 * service and step, the requests behind a figure (paged by the database), the downloads' links.
 */
@Named
@ViewScoped
public class ComplianceBacking implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** How many fiscal years back the year list goes. */
  private static final int YEARS_BACK = 4;

  /** How many months back the month list goes. */
  private static final int MONTHS_BACK = 24;

  @EJB private ComplianceReport report;
  @EJB private Satisfaction satisfaction;
  @Inject private LocaleBacking locale;
  @Inject private ListExports exports;

  private PeriodKind kind = PeriodKind.FISCAL_YEAR;
  private int year;
  private int half = 1;
  private String month;
  private LocalDate from;
  private LocalDate to;

  private ReportPeriod period;
  private List<ComplianceLine> lines = List.of();
  private List<SatisfactionSummary> satisfied = List.of();
  private Instant computedAt;

  private String drillService;
  private String drillStep;
  private String drillStepName;
  private Figure drillFigure;

  private final PagedModel<DrillRow> drill =
      new PagedModel<>(
          filter ->
              drillFigure == null
                  ? 0
                  : report.countRequests(period, drillService, drillStep, drillFigure),
          (filter, first, size) ->
              drillFigure == null
                  ? List.of()
                  : report.requests(period, drillService, drillStep, drillFigure, first, size),
          r -> r.requestNumber() + "/" + r.finishedAt());

  /** The current fiscal year's report. */
  @PostConstruct
  void init() {
    period = report.defaultPeriod();
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    if (params.containsKey("kind")) {
      // a bookmarked period (the same parameters as the downloads')
      try {
        period = PeriodParams.parse(params::get);
      } catch (BusinessException e) {
        Messages.errorAt("period", e);
      }
    }
    kind = period.kind();
    year = period.year() == 0 ? report.defaultPeriod().year() : period.year();
    half = period.half() == 0 ? 1 : period.half();
    from = period.firstDay();
    to = period.lastDay();
    month =
        period.kind() == PeriodKind.MONTH
            ? YearMonth.from(period.firstDay()).toString()
            : YearMonth.from(report.now().atZone(OfficeTime.ZONE)).toString();
    load();
  }

  /** Shows the chosen period's report (a refusal next to the period's fields). */
  public void show() {
    try {
      period =
          switch (kind) {
            case FISCAL_YEAR -> ReportPeriod.fiscalYear(new FiscalYear(year));
            case HALF_YEAR -> ReportPeriod.half(new FiscalYear(year), half);
            case MONTH -> ReportPeriod.month(YearMonth.parse(month));
            case CUSTOM -> ReportPeriod.custom(from, to);
          };
    } catch (BusinessException e) {
      Messages.errorAt("period", e);
      return;
    } catch (RuntimeException e) {
      Messages.errorAt("period", new BusinessException("report.period.invalid"));
      return;
    }
    load();
  }

  private void load() {
    lines = report.lines(period, locale.getLocale());
    satisfied =
        satisfaction.summary(
            period.start(OfficeTime.ZONE), period.end(OfficeTime.ZONE), locale.getLocale());
    computedAt = report.now();
    drillFigure = null;
  }

  /** Lists the requests behind one figure of one step. */
  public void drill(ComplianceLine line, Figure figure) {
    drillService = line.serviceCode();
    drillStep = line.stepKey();
    drillStepName = line.stepOrder() + ". " + line.stepName();
    drillFigure = figure;
  }

  public void closeDrill() {
    drillFigure = null;
  }

  /** The lines grouped by service, in the manual's order. */
  public List<ServiceLines> getServices() {
    Map<String, List<ComplianceLine>> by =
        lines.stream()
            .collect(
                Collectors.groupingBy(
                    ComplianceLine::serviceName, LinkedHashMap::new, Collectors.toList()));
    List<ServiceLines> out = new ArrayList<>();
    by.forEach((name, ls) -> out.add(new ServiceLines(name, ls)));
    return out;
  }

  /** One service's steps. */
  public record ServiceLines(String name, List<ComplianceLine> lines) implements Serializable {}

  public String getPeriodText() {
    return ReportWords.of(locale.getLocale()).period(period);
  }

  /** This period's own address (to bookmark or send), context-relative. */
  public String pageLink() {
    return "/report/compliance.xhtml?" + query(PeriodParams.of(period));
  }

  /** The download of this period in {@code format} (context-relative). */
  public String exportLink(String format) {
    ExportFormat f = ExportFormat.valueOf(format);
    return "/report/compliance." + f.extension() + "?" + query(PeriodParams.of(period));
  }

  private static String query(Map<String, String> params) {
    return params.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** The fiscal years to choose from: the current one and a few before it, as shown. */
  public Map<String, Integer> getYears() {
    int current = report.defaultPeriod().year();
    ReportWords words = ReportWords.of(locale.getLocale());
    Map<String, Integer> years = new LinkedHashMap<>();
    for (int y = current; y >= current - YEARS_BACK; y--) {
      years.put(words.year(y), y);
    }
    return years;
  }

  /** The months to choose from, newest first, named in the reader's calendar. */
  public Map<String, String> getMonths() {
    boolean thai = locale.isThai();
    DateTimeFormatter name =
        DateTimeFormatter.ofPattern("MMMM yyyy", locale.getLocale())
            .withChronology(thai ? ThaiBuddhistChronology.INSTANCE : IsoChronology.INSTANCE);
    YearMonth now = YearMonth.from(report.now().atZone(OfficeTime.ZONE));
    Map<String, String> months = new LinkedHashMap<>();
    for (int i = 0; i < MONTHS_BACK; i++) {
      YearMonth m = now.minusMonths(i);
      months.put(name.format(m.atDay(1)), m.toString());
    }
    return months;
  }

  public PeriodKind[] getKinds() {
    return PeriodKind.values();
  }

  public Figure[] getFigures() {
    return Figure.values();
  }

  public boolean isDrilling() {
    return drillFigure != null;
  }

  public String getDrillTitle() {
    return drillFigure == null ? "" : drillStepName + " · " + Messages.text(drillFigure.labelKey());
  }

  public PagedModel<DrillRow> getDrill() {
    return drill;
  }

  /** The satisfaction survey's figures per service for the same period. */
  public List<SatisfactionSummary> getSatisfaction() {
    return satisfied;
  }

  public List<ComplianceLine> getLines() {
    return lines;
  }

  public Instant getComputedAt() {
    return computedAt;
  }

  public PeriodKind getKind() {
    return kind;
  }

  public void setKind(PeriodKind kind) {
    this.kind = kind;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public int getHalf() {
    return half;
  }

  public void setHalf(int half) {
    this.half = half;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  /**
   * The requests behind the figure being drilled into, as a file ({@code xlsx}, {@code csv}, {@code
   * pdf}): the report's own scroll over them, at most {@link ListExports#MAX_ROWS}.
   */
  public void export(String format) throws IOException {
    if (drillFigure == null) {
      return;
    }
    ReportPeriod p = period;
    String service = drillService;
    String step = drillStep;
    Figure figure = drillFigure;
    exports.send(
        format,
        "report.title",
        "compliance-requests",
        List.of(getPeriodText(), getDrillTitle()),
        report.countRequests(p, service, step, figure),
        each -> report.eachRequest(p, service, step, figure, each::accept),
        List.of(
            Column.text(Messages.text("report.drill.request"), 1.4f, DrillRow::requestNumber),
            Column.text(Messages.text("request.web.title"), 4, DrillRow::title),
            Column.dateTime(Messages.text("report.drill.started"), DrillRow::startedAt),
            Column.dateTime(Messages.text("report.drill.due"), DrillRow::dueAt),
            Column.dateTime(Messages.text("report.drill.finished"), DrillRow::finishedAt),
            Column.integer(Messages.text("report.drill.working"), DrillRow::workingMinutes),
            Column.text(
                Messages.text("report.drill.result"),
                1.6f,
                (DrillRow r) ->
                    r.onTime() == null
                        ? null
                        : Messages.text(r.onTime() ? "report.drill.onTime" : "report.drill.late")),
            Column.integer(Messages.text("report.drill.returned"), DrillRow::returns)));
  }
}
