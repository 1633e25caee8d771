package th.go.sesaoret.servicedesk.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a date shows on screen and paper: Buddhist era in Thai ("24 พ.ย. 2569 14:30"), A.D. in
 * English ("24 Nov 2026 14:30"), always in the office's zone.
 */
public final class DateDisplay {
  private static final Locale THAI = Locale.forLanguageTag("th");

  private final DateTimeFormatter dateTime;
  private final DateTimeFormatter date;
  private final DateTimeFormatter longDate;
  private final DateTimeFormatter longDateTime;

  private DateDisplay(Locale locale, ZoneId zone) {
    boolean thai = "th".equals(locale.getLanguage());
    Locale shown = thai ? THAI : Locale.ENGLISH;
    var chronology = thai ? ThaiBuddhistChronology.INSTANCE : IsoChronology.INSTANCE;
    dateTime = pattern("d MMM yyyy HH:mm", shown, chronology, zone);
    date = pattern("d MMM yyyy", shown, chronology, zone);
    longDate = pattern("d MMMM yyyy", shown, chronology, zone);
    longDateTime = pattern("d MMMM yyyy HH:mm", shown, chronology, zone);
  }

  private static DateTimeFormatter pattern(
      String pattern, Locale locale, java.time.chrono.Chronology chronology, ZoneId zone) {
    return DateTimeFormatter.ofPattern(pattern, locale).withChronology(chronology).withZone(zone);
  }

  public static DateDisplay of(Locale locale) {
    return new DateDisplay(locale, OfficeTime.ZONE);
  }

  public String dateTime(Instant instant) {
    return instant == null ? "" : dateTime.format(instant);
  }

  public String date(LocalDate day) {
    return day == null ? "" : date.format(day);
  }

  public String longDate(LocalDate day) {
    return day == null ? "" : longDate.format(day);
  }

  /** The month written out, as on paper: "25 พฤศจิกายน 2569 10:30". */
  public String longDateTime(Instant instant) {
    return instant == null ? "" : longDateTime.format(instant);
  }
}
