package th.go.sesaoret.servicedesk.report.domain;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * The days a report covers, both included, in the office's time zone: a fiscal year, one of its ITA
 * halves, a month, or custom dates. A step counts in the period its finish falls in ({@link #start}
 * inclusive to {@link #end} exclusive). {@code year} is the fiscal year (B.E.) of a fiscal year or
 * a half, {@code half} 1 or 2 for a half; both 0 otherwise.
 */
public record ReportPeriod(
    PeriodKind kind, LocalDate firstDay, LocalDate lastDay, int year, int half)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** The longest custom period, in days (a little over two fiscal years). */
  public static final int MAX_DAYS = 800;

  public static ReportPeriod fiscalYear(FiscalYear year) {
    return new ReportPeriod(
        PeriodKind.FISCAL_YEAR, year.firstDay(), year.lastDay(), year.buddhistYear(), 0);
  }

  /** Half 1: 1 October - 31 March; half 2: 1 April - 30 September. */
  public static ReportPeriod half(FiscalYear year, int half) {
    if (half == 1) {
      return new ReportPeriod(
          PeriodKind.HALF_YEAR, year.firstDay(), year.firstHalfLastDay(), year.buddhistYear(), 1);
    }
    if (half == 2) {
      return new ReportPeriod(
          PeriodKind.HALF_YEAR, year.secondHalfFirstDay(), year.lastDay(), year.buddhistYear(), 2);
    }
    throw new BusinessException("report.period.half");
  }

  public static ReportPeriod month(YearMonth month) {
    return new ReportPeriod(PeriodKind.MONTH, month.atDay(1), month.atEndOfMonth(), 0, 0);
  }

  /**
   * Custom dates, both included: refused when missing, inverted or longer than {@link #MAX_DAYS}.
   */
  public static ReportPeriod custom(LocalDate from, LocalDate to) {
    if (from == null || to == null) {
      throw new BusinessException("report.period.datesRequired");
    }
    if (to.isBefore(from)) {
      throw new BusinessException("report.period.inverted");
    }
    if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
      throw new BusinessException("report.period.tooLong", MAX_DAYS);
    }
    return new ReportPeriod(PeriodKind.CUSTOM, from, to, 0, 0);
  }

  /** The current fiscal year, the report's default. */
  public static ReportPeriod currentFiscalYear(LocalDate today) {
    return fiscalYear(FiscalYear.of(today));
  }

  /** The first moment of the period in {@code zone}. */
  public Instant start(ZoneId zone) {
    return firstDay.atStartOfDay(zone).toInstant();
  }

  /** The first moment after the period in {@code zone} (exclusive). */
  public Instant end(ZoneId zone) {
    return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
  }

  public long days() {
    return ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
  }
}
