package th.go.sesaoret.servicedesk.conference.application;

import static th.go.sesaoret.servicedesk.security.domain.Role.ADMIN_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.CLERK_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DEPUTY_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.GROUP_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.REQUESTER_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.STAFF_NAME;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import th.go.sesaoret.servicedesk.audit.application.AuditTrail;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry.Fact;
import th.go.sesaoret.servicedesk.conference.domain.FeedToken;
import th.go.sesaoret.servicedesk.conference.domain.Room;
import th.go.sesaoret.servicedesk.conference.infrastructure.IcalCalendars;
import th.go.sesaoret.servicedesk.notification.domain.NoticeText;
import th.go.sesaoret.servicedesk.shared.Wording;

/**
 * The conference rooms' calendar feeds (RFC 5545): one per room and one for all rooms, for anyone
 * (title, room and time only), and a person's own feed (what they booked or filed, and the meetings
 * they operate) behind a secret token they can renew. Each feed is one range query on the bookings'
 * occupied window, from {@link #BACK} ago to {@link #AHEAD} ahead; a cancelled booking stays in it,
 * cancelled, for {@link #CANCELLED_KEPT} so that subscribed calendars drop it.
 */
@Stateless
@PermitAll
public class ConferenceFeeds {
  static final Duration BACK = Duration.ofDays(30);
  static final Duration AHEAD = Duration.ofDays(365);
  static final Duration CANCELLED_KEPT = Duration.ofDays(30);
  private static final String BUNDLE = "conference";

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private Clock clock;
  @EJB private AuditTrail audit;

  /** A feed's name and its text. */
  public record Feed(String name, String text) {}

  /** Whether the caller has a personal feed, and since when. */
  public record FeedStatus(boolean exists, Instant since) implements java.io.Serializable {}

  /** Room {@code roomId}'s feed; empty for an unknown room or one out of use. */
  public Optional<Feed> room(long roomId, Locale locale) {
    Room room = em.find(Room.class, roomId);
    if (room == null || !room.active()) {
      return Optional.empty();
    }
    String name = Wording.of(BUNDLE, locale).text("conference.feed.room", room.name());
    return Optional.of(feed(name, roomId, null));
  }

  /** Every room's bookings. */
  public Feed all(Locale locale) {
    return feed(Wording.of(BUNDLE, locale).text("conference.feed.all"), null, null);
  }

  /** The feed of the token's owner; empty for a token that is malformed, unknown or renewed. */
  public Optional<Feed> personal(String token, Locale locale) {
    if (token == null || !token.matches(FeedToken.SHAPE)) {
      return Optional.empty();
    }
    return em.createQuery(
            "select t.username from FeedToken t where t.tokenSha256 = :h", String.class)
        .setParameter("h", FeedToken.sha256(token))
        .getResultStream()
        .findFirst()
        .map(who -> feed(Wording.of(BUNDLE, locale).text("conference.feed.mine"), null, who));
  }

  /** The caller's feed, if they made one. */
  @RolesAllowed({
    REQUESTER_NAME,
    CLERK_NAME,
    STAFF_NAME,
    GROUP_DIRECTOR_NAME,
    DEPUTY_DIRECTOR_NAME,
    DIRECTOR_NAME,
    ADMIN_NAME
  })
  public FeedStatus mine() {
    FeedToken t = em.find(FeedToken.class, session.getCallerPrincipal().getName());
    return t == null ? new FeedStatus(false, null) : new FeedStatus(true, t.createdAt());
  }

  /**
   * A new secret token for the caller's feed, returned once (only its hash is kept); the address of
   * the earlier one stops working at once.
   */
  @RolesAllowed({
    REQUESTER_NAME,
    CLERK_NAME,
    STAFF_NAME,
    GROUP_DIRECTOR_NAME,
    DEPUTY_DIRECTOR_NAME,
    DIRECTOR_NAME,
    ADMIN_NAME
  })
  public String renew(String ip) {
    String me = session.getCallerPrincipal().getName();
    FeedToken t = em.find(FeedToken.class, me);
    boolean renewed = t != null;
    if (t == null) {
      t = new FeedToken(me);
    }
    String token = t.renew(clock.instant());
    if (!renewed) {
      em.persist(t);
    }
    audit.record(
        ip,
        Fact.of("CONFERENCE_FEED_RENEW", null, "feed " + me)
            .detail(renewed ? "renewed" : "created"));
    return token;
  }

  private Feed feed(String name, Long roomId, String person) {
    Instant now = clock.instant();
    StringBuilder q =
        new StringBuilder(
            "select b.id, r.title, room.name, b.meetingStart, b.meetingEnd, b.occupiedFrom,"
                + " b.occupiedUntil, b.sequence, b.cancelledAt, r.submittedAt, b.operatorSetAt,"
                + " r.requester, r.filedBy, b.operator"
                + " from Booking b join b.request r join b.room room"
                + " where b.occupiedFrom >= :from and b.occupiedFrom < :to"
                + " and (b.cancelledAt is null or b.cancelledAt > :kept)");
    if (roomId != null) {
      q.append(" and room.id = :room");
    }
    if (person != null) {
      q.append(" and (r.requester = :me or r.filedBy = :me or b.operator = :me)");
    }
    q.append(" order by b.occupiedFrom, b.id");
    var query =
        em.createQuery(q.toString(), Object[].class)
            .setParameter("from", now.minus(BACK))
            .setParameter("to", now.plus(AHEAD))
            .setParameter("kept", now.minus(CANCELLED_KEPT));
    if (roomId != null) {
      query.setParameter("room", roomId);
    }
    if (person != null) {
      query.setParameter("me", person);
    }
    List<FeedEvent> events = new ArrayList<>();
    String base = NoticeText.baseUrl();
    for (Object[] row : query.getResultList()) {
      events.add(event(row, person, base));
    }
    return new Feed(name, IcalCalendars.text(name, events));
  }

  /**
   * One row as an event: the meeting's time; in the personal feed of its operator (who did not book
   * it) the whole duty, from set-up to post-check, and the request's link.
   */
  private static FeedEvent event(Object[] row, String person, String base) {
    long id = (Long) row[0];
    boolean booked = person != null && (person.equals(row[11]) || person.equals(row[12]));
    boolean duty = person != null && !booked && person.equals(row[13]);
    Instant cancelled = (Instant) row[8];
    return new FeedEvent(
        id,
        (String) row[1],
        (String) row[2],
        (Instant) (duty ? row[5] : row[3]),
        (Instant) (duty ? row[6] : row[4]),
        (Integer) row[7],
        cancelled != null,
        latest((Instant) row[9], (Instant) row[10], cancelled),
        person == null ? null : base + "/requests/view.xhtml?id=" + id);
  }

  private static Instant latest(Instant... moments) {
    Instant last = Instant.EPOCH;
    for (Instant m : moments) {
      if (m != null && m.isAfter(last)) {
        last = m;
      }
    }
    return last;
  }
}
