package th.go.sesaoret.servicedesk.conference.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import th.go.sesaoret.servicedesk.conference.domain.MeetingTime;

/** The 5-minute times the forms offer, and the parsing of what comes back (null when bad). */
final class MeetingTimes {
  static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

  /** Every start or end a meeting may have, 00:30 to 23:30 in 5-minute steps. */
  static final List<String> STEPS = steps();

  private MeetingTimes() {}

  private static List<String> steps() {
    List<String> out = new ArrayList<>();
    for (LocalTime t = MeetingTime.EARLIEST_START;
        !t.isAfter(MeetingTime.LATEST_END);
        t = t.plusMinutes(MeetingTime.STEP_MINUTES)) {
      out.add(HM.format(t));
    }
    return List.copyOf(out);
  }

  static LocalTime time(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalTime.parse(text.strip(), HM);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static Long id(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The meeting at these times, or a refusal (BusinessException) saying what is wrong. */
  static MeetingTime of(LocalDate day, String start, String end, ZoneId zone) {
    return new MeetingTime(day, time(start), time(end), zone);
  }
}
