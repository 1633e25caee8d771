package th.go.sesaoret.servicedesk.catalog.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import th.go.sesaoret.servicedesk.catalog.domain.StandardTotal;
import th.go.sesaoret.servicedesk.catalog.domain.StandardUnit;
import th.go.sesaoret.servicedesk.catalog.domain.TimeStandard;
import th.go.sesaoret.servicedesk.shared.Wording;

/**
 * Time standards in words, as the manual writes them (bundle {@code catalog_th/_en}): "30 นาที", "3
 * - 6 ชั่วโมง", "1 working day"; a service's total as "4 วัน 2 ชั่วโมง" or "4 hours 3 minutes to 7
 * hours 3 minutes". The manual page, the catalog's administration and the timeline all word them
 * here.
 */
public final class StandardWords {
  private final Wording words;

  private StandardWords(Locale locale) {
    this.words = Wording.of("catalog", locale);
  }

  public static StandardWords of(Locale locale) {
    return new StandardWords(locale);
  }

  /** One step's standard, e.g. "3 - 6 ชั่วโมง". */
  public String standard(TimeStandard standard) {
    String unit = unit(standard.unit(), standard.max());
    return standard.isRange()
        ? words.text("catalog.standard.range", number(standard.min()), number(standard.max()), unit)
        : words.text("catalog.standard.amount", number(standard.min()), unit);
  }

  /** A service's total, e.g. "4 วัน 2 ชั่วโมง"; a range as "low ถึง high". */
  public String total(StandardTotal total) {
    String low = part(total.minDays(), total.minMinutes());
    return total.isRange()
        ? words.text("catalog.total.range", low, part(total.maxDays(), total.maxMinutes()))
        : low;
  }

  private String part(int days, int minutes) {
    List<String> parts = new ArrayList<>();
    if (days > 0) {
      parts.add(amount(days, StandardUnit.WORKING_DAYS));
    }
    if (minutes / 60 > 0) {
      parts.add(amount(minutes / 60, StandardUnit.HOURS));
    }
    if (minutes % 60 > 0) {
      parts.add(amount(minutes % 60, StandardUnit.MINUTES));
    }
    return parts.isEmpty() ? number(0) : String.join(" ", parts);
  }

  private String amount(int amount, StandardUnit unit) {
    return words.text("catalog.standard.amount", number(amount), unit(unit, amount));
  }

  /** The unit's word for {@code amount} of it (English has a plural, Thai does not). */
  private String unit(StandardUnit unit, int amount) {
    return words.text("catalog.unit." + unit.name(), amount);
  }

  /** Plain digits, never grouped ("10000", not "10,000"). */
  private static String number(int value) {
    return String.valueOf(value);
  }
}
