package th.go.sesaoret.servicedesk.conference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/** A room or an item out of service from a moment until another: nothing books it meanwhile. */
@Entity
@Table(name = "conference_outage")
public class Outage {
  public static final int REASON_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "room_id")
  private Room room;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "item_id")
  private ConferenceItem item;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(nullable = false, length = REASON_MAX)
  private String reason;

  @Column(name = "created_by", nullable = false, length = 60)
  private String createdBy;

  protected Outage() {}

  public static Outage ofRoom(Room room, Instant from, Instant until, String reason, String by) {
    Outage o = of(from, until, reason, by);
    o.room = room;
    return o;
  }

  public static Outage ofItem(
      ConferenceItem item, Instant from, Instant until, String reason, String by) {
    Outage o = of(from, until, reason, by);
    o.item = item;
    return o;
  }

  private static Outage of(Instant from, Instant until, String reason, String by) {
    if (from == null || until == null) {
      throw new BusinessException("conference.outage.timesRequired");
    }
    if (!until.isAfter(from)) {
      throw new BusinessException("conference.outage.endBeforeStart");
    }
    Outage o = new Outage();
    o.startsAt = from;
    o.endsAt = until;
    o.reason = Room.text(reason, REASON_MAX, "conference.outage.reason", true);
    o.createdBy = by;
    return o;
  }

  public Long id() {
    return id;
  }

  public Room room() {
    return room;
  }

  public ConferenceItem item() {
    return item;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant endsAt() {
    return endsAt;
  }

  public String reason() {
    return reason;
  }
}
