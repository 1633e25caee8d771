package th.go.sesaoret.servicedesk.report.domain;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;

/**
 * A Thai government fiscal year (ปีงบประมาณ), named by its Buddhist-era year: fiscal year 2570 runs
 * from 1 October 2026 to 30 September 2027 (the B.E. year of its end, A.D. + 543). Its two ITA
 * halves are 1 October - 31 March and 1 April - 30 September.
 */
public record FiscalYear(int buddhistYear) implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** Years between A.D. and B.E. */
  public static final int BUDDHIST_OFFSET = 543;

  /** The earliest and latest fiscal year the office reports on (catches typing slips). */
  public static final int MIN = 2500;

  public static final int MAX = 2700;

  public FiscalYear {
    if (buddhistYear < MIN || buddhistYear > MAX) {
      throw new IllegalArgumentException("fiscal year out of range: " + buddhistYear);
    }
  }

  /** The fiscal year {@code day} falls in (October and later belong to the next year's). */
  public static FiscalYear of(LocalDate day) {
    int endYear =
        day.getMonthValue() >= Month.OCTOBER.getValue() ? day.getYear() + 1 : day.getYear();
    return new FiscalYear(endYear + BUDDHIST_OFFSET);
  }

  /** 1 October of the A.D. year before. */
  public LocalDate firstDay() {
    return LocalDate.of(buddhistYear - BUDDHIST_OFFSET - 1, Month.OCTOBER, 1);
  }

  /** 30 September. */
  public LocalDate lastDay() {
    return LocalDate.of(buddhistYear - BUDDHIST_OFFSET, Month.SEPTEMBER, 30);
  }

  /** The first ITA half: 1 October - 31 March. */
  public LocalDate firstHalfLastDay() {
    return LocalDate.of(buddhistYear - BUDDHIST_OFFSET, Month.MARCH, 31);
  }

  /** The second ITA half starts on 1 April. */
  public LocalDate secondHalfFirstDay() {
    return LocalDate.of(buddhistYear - BUDDHIST_OFFSET, Month.APRIL, 1);
  }

  public FiscalYear previous() {
    return new FiscalYear(buddhistYear - 1);
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
  }
}
