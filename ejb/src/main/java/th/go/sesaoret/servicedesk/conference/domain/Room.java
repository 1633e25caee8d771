package th.go.sesaoret.servicedesk.conference.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * A conference room: its name, where it is, how many it seats, what is fixed in it, its colour on
 * the calendar and a photo. Its row is the lock a booking takes before it checks for overlaps.
 */
@Entity
@Table(name = "conference_room")
public class Room {
  public static final int NAME_MAX = 100;
  public static final int PLACE_MAX = 200;
  public static final int FIXED_MAX = 1000;
  public static final int CAPACITY_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @Column(nullable = false, length = PLACE_MAX)
  private String place;

  @Column(nullable = false)
  private int capacity;

  @Column(name = "fixed_equipment", length = FIXED_MAX)
  private String fixedEquipment;

  @Column(nullable = false, length = 7)
  private String colour;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "photo")
  private byte[] photo;

  @Column(name = "photo_type", length = 50)
  private String photoType;

  @Column(nullable = false)
  private boolean active = true;

  @Version
  @Column(name = "opt_lock", nullable = false)
  private long optLock;

  protected Room() {}

  public static Room of(
      String name, String place, int capacity, String fixedEquipment, String colour) {
    Room r = new Room();
    r.describe(name, place, capacity, fixedEquipment, colour);
    return r;
  }

  public void describe(
      String name, String place, int capacity, String fixedEquipment, String colour) {
    this.name = text(name, NAME_MAX, "conference.room.name", true);
    this.place = text(place, PLACE_MAX, "conference.room.place", true);
    if (capacity < 1 || capacity > CAPACITY_MAX) {
      throw new BusinessException("conference.room.capacity.range", 1, CAPACITY_MAX);
    }
    this.capacity = capacity;
    this.fixedEquipment = text(fixedEquipment, FIXED_MAX, "conference.room.fixed", false);
    if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
      throw new BusinessException("conference.room.colour.invalid");
    }
    this.colour = colour.toLowerCase(java.util.Locale.ROOT);
  }

  public void photo(byte[] content, String contentType) {
    this.photo = content;
    this.photoType = content == null ? null : contentType;
  }

  public void activate(boolean on) {
    this.active = on;
  }

  /** Refuses a meeting for more people than the room seats. */
  public void checkSeats(int attendees) {
    if (attendees > capacity) {
      throw new BusinessException("conference.attendees.overCapacity", capacity);
    }
  }

  static String text(String value, int max, String field, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        throw new BusinessException(field + ".required");
      }
      return null;
    }
    String kept = value.strip();
    if (kept.length() > max) {
      throw new BusinessException(field + ".tooLong", max);
    }
    return kept;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String place() {
    return place;
  }

  public int capacity() {
    return capacity;
  }

  public String fixedEquipment() {
    return fixedEquipment;
  }

  public String colour() {
    return colour;
  }

  public byte[] photo() {
    return photo;
  }

  public String photoType() {
    return photoType;
  }

  public boolean active() {
    return active;
  }
}
