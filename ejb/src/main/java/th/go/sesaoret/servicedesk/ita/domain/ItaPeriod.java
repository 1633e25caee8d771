package th.go.sesaoret.servicedesk.ita.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.go.sesaoret.servicedesk.report.domain.FiscalYear;
import th.go.sesaoret.servicedesk.report.domain.ReportPeriod;

/**
 * The periods the office publishes for ITA, on stable addresses: the current and the previous
 * fiscal year ({@code 2569}) and their ITA halves ({@code 2569/h1}: 1 October - 31 March, {@code
 * 2569/h2}: 1 April - 30 September) that have started. Any other year or half is unknown (the same
 * 404 as any unknown address).
 */
public final class ItaPeriod {
  private static final Pattern PATH = Pattern.compile("([0-9]{4})(?:/h([12]))?");

  private ItaPeriod() {}

  /**
   * The period a path names ({@code ""} is the current fiscal year, {@code 2569}, {@code 2569/h1})
   * when it is published on {@code today}.
   */
  public static Optional<ReportPeriod> of(String path, LocalDate today) {
    if (path == null || path.isEmpty()) {
      return Optional.of(ReportPeriod.fiscalYear(FiscalYear.of(today)));
    }
    Matcher m = PATH.matcher(path);
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    FiscalYear current = FiscalYear.of(today);
    if (year != current.buddhistYear() && year != current.buddhistYear() - 1) {
      return Optional.empty();
    }
    FiscalYear fiscal = new FiscalYear(year);
    if (m.group(2) == null) {
      return Optional.of(ReportPeriod.fiscalYear(fiscal));
    }
    ReportPeriod half = ReportPeriod.half(fiscal, Integer.parseInt(m.group(2)));
    return half.firstDay().isAfter(today) ? Optional.empty() : Optional.of(half);
  }

  /** The path of a published period: {@code 2569} or {@code 2569/h1}. */
  public static String path(ReportPeriod period) {
    return period.half() == 0
        ? String.valueOf(period.year())
        : period.year() + "/h" + period.half();
  }

  /**
   * Every period published on {@code today}, newest year first: each year, then its halves that
   * have started.
   */
  public static List<ReportPeriod> published(LocalDate today) {
    FiscalYear current = FiscalYear.of(today);
    List<ReportPeriod> all = new ArrayList<>();
    for (FiscalYear year : List.of(current, current.previous())) {
      all.add(ReportPeriod.fiscalYear(year));
      for (int half = 1; half <= 2; half++) {
        ReportPeriod p = ReportPeriod.half(year, half);
        if (!p.firstDay().isAfter(today)) {
          all.add(p);
        }
      }
    }
    return all;
  }
}
