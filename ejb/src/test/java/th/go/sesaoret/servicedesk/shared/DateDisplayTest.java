package th.go.sesaoret.servicedesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateDisplayTest {
  private static final DateDisplay THAI = DateDisplay.of(Locale.forLanguageTag("th"));
  private static final DateDisplay ENGLISH = DateDisplay.of(Locale.ENGLISH);

  /** 07:30 UTC is 14:30 in Bangkok (UTC+7). */
  private static final Instant AFTERNOON = Instant.parse("2026-11-24T07:30:00Z");

  @Test
  void thaiDateTimeIsBuddhistEraInBangkokTime() {
    assertEquals("24 พ.ย. 2569 14:30", THAI.dateTime(AFTERNOON));
  }

  @Test
  void englishDateTimeIsAnnoDominiInBangkokTime() {
    assertEquals("24 Nov 2026 14:30", ENGLISH.dateTime(AFTERNOON));
  }

  @Test
  void thaiLocaleWithCountryIsStillThai() {
    assertEquals(
        "24 พ.ย. 2569 14:30", DateDisplay.of(Locale.forLanguageTag("th-TH")).dateTime(AFTERNOON));
  }

  @Test
  void justAfterMidnightInBangkokShowsTheBangkokDate() {
    Instant stillTheDayBeforeInUtc = Instant.parse("2026-11-23T17:30:00Z");

    assertEquals("24 พ.ย. 2569 00:30", THAI.dateTime(stillTheDayBeforeInUtc));
    assertEquals("24 Nov 2026 00:30", ENGLISH.dateTime(stillTheDayBeforeInUtc));
  }

  @Test
  void newYearInBangkokComesBeforeNewYearInUtc() {
    Instant newYearsEveInUtc = Instant.parse("2026-12-31T17:05:00Z");

    assertEquals("1 ม.ค. 2570 00:05", THAI.dateTime(newYearsEveInUtc));
  }

  @Test
  void dateAlone() {
    LocalDate day = LocalDate.of(2026, 11, 24);

    assertEquals("24 พ.ย. 2569", THAI.date(day));
    assertEquals("24 Nov 2026", ENGLISH.date(day));
  }

  @Test
  void longDateSpellsTheMonthOut() {
    LocalDate day = LocalDate.of(2026, 11, 24);

    assertEquals("24 พฤศจิกายน 2569", THAI.longDate(day));
    assertEquals("24 November 2026", ENGLISH.longDate(day));
  }

  @Test
  void singleDigitDayHasNoLeadingZero() {
    assertEquals("5 ม.ค. 2570", THAI.date(LocalDate.of(2027, 1, 5)));
  }

  @Test
  void nothingShowsAsEmpty() {
    assertEquals("", THAI.dateTime(null));
    assertEquals("", THAI.date(null));
    assertEquals("", THAI.longDate(null));
    assertEquals("", ENGLISH.dateTime(null));
  }
}
