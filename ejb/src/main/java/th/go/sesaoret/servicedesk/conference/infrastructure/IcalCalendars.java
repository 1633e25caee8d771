package th.go.sesaoret.servicedesk.conference.infrastructure;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import th.go.sesaoret.servicedesk.conference.application.FeedEvent;

/**
 * A calendar feed as RFC 5545 text, written by ical4j: one VEVENT per booking, its times in the
 * office's zone (Asia/Bangkok, UTC+7 all year since 1920, no daylight saving) with the VTIMEZONE
 * that names it, its UID stable, SEQUENCE the booking's, STATUS CANCELLED for a cancelled one.
 * DTSTAMP is the booking's last known change, so the same bookings give the same text (the feed's
 * ETag).
 */
public final class IcalCalendars {
  public static final String ZONE_ID = "Asia/Bangkok";
  public static final String CONTENT_TYPE = "text/calendar; charset=utf-8";

  private static final ZoneId ZONE = ZoneId.of(ZONE_ID);
  private static final ZoneOffset OFFSET = ZoneOffset.ofHours(7);
  private static final int LINE_OCTETS = 75;
  private static final String PRODUCT = "-//DLICT Service Desk//Conference rooms//TH";

  private IcalCalendars() {}

  /** The feed named {@code name} with {@code events}, as text (CRLF lines, folded at 75 octets). */
  public static String text(String name, List<FeedEvent> events) {
    return fold(calendar(name, events).toString());
  }

  /** The feed as an ical4j calendar. */
  public static Calendar calendar(String name, List<FeedEvent> events) {
    Calendar cal = new Calendar();
    cal.add(new ProdId(PRODUCT));
    cal.add(ImmutableVersion.VERSION_2_0);
    cal.add(ImmutableCalScale.GREGORIAN);
    cal.add(new XProperty("X-WR-CALNAME", name));
    cal.add(new XProperty("X-WR-TIMEZONE", ZONE_ID));
    cal.add(
        new RefreshInterval(
            new ParameterList(List.of(Value.DURATION)), java.time.Duration.ofMinutes(15)));
    cal.add(new XProperty("X-PUBLISHED-TTL", "PT15M"));
    cal.add(timeZone());
    for (FeedEvent e : events) {
      cal.add(event(e));
    }
    return cal;
  }

  private static VEvent event(FeedEvent e) {
    ParameterList zone = new ParameterList(List.of(new TzId(ZONE_ID)));
    VEvent event = new VEvent(false);
    event.add(new Uid(e.uid()));
    event.add(new DtStamp(e.stamp()));
    event.add(new DtStart<>(zone, local(e.start())));
    event.add(new DtEnd<>(zone, local(e.end())));
    event.add(new Summary(e.title()));
    event.add(new Location(e.roomName()));
    event.add(new Sequence(e.sequence()));
    event.add(e.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
    if (e.url() != null) {
      event.add(new Url(java.net.URI.create(e.url())));
    }
    return event;
  }

  /**
   * Folds every line longer than 75 octets (RFC 5545, 3.1) at a character's boundary: ical4j counts
   * characters, and a line of Thai, three octets a character, would be three times too long.
   */
  static String fold(String unfolded) {
    StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 16);
    for (String line : unfolded.split("\r\n")) {
      int octets = 0;
      int limit = LINE_OCTETS;
      for (int i = 0; i < line.length(); ) {
        int cp = line.codePointAt(i);
        int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
        if (octets + size > limit) {
          out.append("\r\n ");
          octets = 0;
          limit = LINE_OCTETS - 1;
        }
        out.appendCodePoint(cp);
        octets += size;
        i += Character.charCount(cp);
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  /** Asia/Bangkok as one observance: UTC+7 (the zone's rules since 1920). */
  private static VTimeZone timeZone() {
    Standard standard = new Standard();
    standard.add(new DtStart<>(LocalDateTime.of(1970, 1, 1, 0, 0)));
    standard.add(new TzOffsetFrom(OFFSET));
    standard.add(new TzOffsetTo(OFFSET));
    standard.add(new TzName("+07"));
    VTimeZone tz = new VTimeZone(new ComponentList<Observance>(List.of(standard)));
    tz.add(new net.fortuna.ical4j.model.property.TzId(ZONE_ID));
    return tz;
  }

  private static LocalDateTime local(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZONE);
  }
}
