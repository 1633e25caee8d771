package th.go.sesaoret.servicedesk.report.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import th.go.sesaoret.servicedesk.report.domain.FiscalYear;
import th.go.sesaoret.servicedesk.report.domain.PeriodKind;
import th.go.sesaoret.servicedesk.report.domain.ReportPeriod;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * A report period as URL parameters (the downloads' links): {@code kind} and {@code year} (fiscal
 * year, B.E.), {@code half} (1, 2), {@code month} ({@code 2026-12}), {@code from}/{@code to} (ISO
 * dates). Anything unreadable is refused with {@code report.period.invalid}.
 */
public final class PeriodParams {
  private PeriodParams() {}

  public static Map<String, String> of(ReportPeriod period) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("kind", period.kind().name());
    switch (period.kind()) {
      case FISCAL_YEAR -> params.put("year", String.valueOf(period.year()));
      case HALF_YEAR -> {
        params.put("year", String.valueOf(period.year()));
        params.put("half", String.valueOf(period.half()));
      }
      case MONTH -> params.put("month", YearMonth.from(period.firstDay()).toString());
      case CUSTOM -> {
        params.put("from", period.firstDay().toString());
        params.put("to", period.lastDay().toString());
      }
    }
    return params;
  }

  /** The period the parameters name; {@code param} reads one (null when absent). */
  public static ReportPeriod parse(Function<String, String> param) {
    try {
      PeriodKind kind = PeriodKind.valueOf(limited(param.apply("kind")));
      return switch (kind) {
        case FISCAL_YEAR -> ReportPeriod.fiscalYear(year(param));
        case HALF_YEAR ->
            ReportPeriod.half(year(param), Integer.parseInt(limited(param.apply("half"))));
        case MONTH -> ReportPeriod.month(YearMonth.parse(limited(param.apply("month"))));
        case CUSTOM ->
            ReportPeriod.custom(
                LocalDate.parse(limited(param.apply("from"))),
                LocalDate.parse(limited(param.apply("to"))));
      };
    } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
      throw new BusinessException("report.period.invalid");
    }
  }

  private static FiscalYear year(Function<String, String> param) {
    return new FiscalYear(Integer.parseInt(limited(param.apply("year"))));
  }

  private static String limited(String value) {
    if (value == null || value.length() > 20) {
      throw new IllegalArgumentException("parameter");
    }
    return value;
  }
}
