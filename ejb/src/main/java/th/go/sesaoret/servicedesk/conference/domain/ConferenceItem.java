package th.go.sesaoret.servicedesk.conference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A piece of conference equipment, or a kit booked as one, with its durable-goods (asset) number:
 * the number a repair request names. It is kept in a room (a kit may move); it is never in two
 * occupations at once.
 */
@Entity
@Table(name = "conference_item")
public class ConferenceItem {
  public static final int NAME_MAX = 100;
  public static final int ASSET_MAX = 40;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ItemKind kind;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @Column(name = "asset_no", nullable = false, length = ASSET_MAX)
  private String assetNumber;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "room_id")
  private Room room;

  @Column(nullable = false)
  private boolean active = true;

  @Version
  @Column(name = "opt_lock", nullable = false)
  private long optLock;

  protected ConferenceItem() {}

  public static ConferenceItem of(ItemKind kind, String name, String assetNumber, Room keptIn) {
    ConferenceItem item = new ConferenceItem();
    item.describe(kind, name, assetNumber);
    item.room = keptIn;
    return item;
  }

  public void describe(ItemKind kind, String name, String assetNumber) {
    if (kind == null) {
      throw new th.go.sesaoret.servicedesk.shared.BusinessException(
          "conference.item.kind.required");
    }
    this.kind = kind;
    this.name = Room.text(name, NAME_MAX, "conference.item.name", true);
    this.assetNumber = Room.text(assetNumber, ASSET_MAX, "conference.item.asset", true);
  }

  /** The kit or item moves to another room (or to the store: null). */
  public void keepIn(Room other) {
    this.room = other;
  }

  public void activate(boolean on) {
    this.active = on;
  }

  public Long id() {
    return id;
  }

  public ItemKind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public String assetNumber() {
    return assetNumber;
  }

  public Room room() {
    return room;
  }

  public boolean active() {
    return active;
  }
}
