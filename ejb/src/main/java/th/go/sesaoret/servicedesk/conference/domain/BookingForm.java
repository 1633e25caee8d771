package th.go.sesaoret.servicedesk.conference.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * The booking form (step 1 of the manual: the requester arranges date, time and attendees): what
 * the meeting is, where and when, who chairs it, who joins from afar and on which platform, whether
 * it is broadcast, what equipment it needs, whom to call. Checked on creation: every text has its
 * column's length and is refused, never cut, when longer; a link must be http(s).
 */
public record BookingForm(
    String title,
    String agenda,
    long roomId,
    MeetingTime time,
    int attendees,
    String chairperson,
    String farEndSites,
    Platform platform,
    String meetingLink,
    boolean broadcast,
    String broadcastWhere,
    String equipmentWanted,
    Set<Long> itemIds,
    String contactPhone,
    String offHoursReason) {
  public static final int CHAIR_MAX = 200;
  public static final int SITES_MAX = 1000;
  public static final int LINK_MAX = 500;
  public static final int BROADCAST_MAX = 200;
  public static final int EQUIPMENT_MAX = 1000;
  public static final int PHONE_MAX = 20;
  public static final int REASON_MAX = 500;
  public static final int ATTENDEES_MAX = 1000;
  public static final int ITEMS_MAX = 20;

  public BookingForm {
    if (time == null) {
      throw new BusinessException("conference.time.dayRequired");
    }
    if (attendees < 1) {
      throw new BusinessException("conference.attendees.atLeastOne");
    }
    if (attendees > ATTENDEES_MAX) {
      throw new BusinessException("conference.attendees.overCapacity", ATTENDEES_MAX);
    }
    chairperson = required(chairperson, CHAIR_MAX, "conference.chairperson");
    farEndSites = optional(farEndSites, SITES_MAX, "conference.farEndSites");
    platform = platform == null ? Platform.NONE : platform;
    meetingLink = link(optional(meetingLink, LINK_MAX, "conference.meetingLink"));
    broadcastWhere = optional(broadcastWhere, BROADCAST_MAX, "conference.broadcastWhere");
    if (broadcast && broadcastWhere == null) {
      throw new BusinessException("conference.broadcastWhere.required");
    }
    if (!broadcast) {
      broadcastWhere = null;
    }
    equipmentWanted = optional(equipmentWanted, EQUIPMENT_MAX, "conference.equipmentWanted");
    itemIds = itemIds == null ? Set.of() : Set.copyOf(new TreeSet<>(itemIds));
    if (itemIds.size() > ITEMS_MAX) {
      throw new BusinessException("conference.items.tooMany", ITEMS_MAX);
    }
    contactPhone = required(contactPhone, PHONE_MAX, "conference.contactPhone");
    if (!contactPhone.matches("[0-9+\\- ]{3,20}")) {
      throw new BusinessException("conference.contactPhone.invalid");
    }
    offHoursReason = optional(offHoursReason, REASON_MAX, "conference.offHoursReason");
  }

  /** The same meeting at another time or in another room (a move, a repeat). */
  public BookingForm at(long room, MeetingTime when) {
    return new BookingForm(
        title,
        agenda,
        room,
        when,
        attendees,
        chairperson,
        farEndSites,
        platform,
        meetingLink,
        broadcast,
        broadcastWhere,
        equipmentWanted,
        itemIds,
        contactPhone,
        offHoursReason);
  }

  private static String required(String text, int max, String field) {
    String kept = optional(text, max, field);
    if (kept == null) {
      throw new BusinessException(field + ".required");
    }
    return kept;
  }

  private static String optional(String text, int max, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String kept = text.strip();
    if (kept.length() > max) {
      throw new BusinessException(field + ".tooLong", max);
    }
    return kept;
  }

  /** A meeting link must be an absolute http(s) address with a host. */
  static String link(String text) {
    if (text == null) {
      return null;
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
        throw new BusinessException("conference.meetingLink.notHttp");
      }
      return text;
    } catch (URISyntaxException e) {
      throw new BusinessException("conference.meetingLink.notHttp");
    }
  }
}
