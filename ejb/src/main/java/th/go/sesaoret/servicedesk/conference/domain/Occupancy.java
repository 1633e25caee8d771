package th.go.sesaoret.servicedesk.conference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One resource a booking occupies for its whole window (set-up to post-check): its room ({@code
 * room:<id>}), each item ({@code item:<id>}) and its operator ({@code operator:<username>}). No two
 * rows of one resource overlap: checked under a lock, and on PostgreSQL by an exclusion constraint.
 */
@Entity
@Table(name = "conference_occupancy")
public class Occupancy {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_id", nullable = false)
  private long requestId;

  @Column(nullable = false, length = 80)
  private String resource;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  protected Occupancy() {}

  public Occupancy(long requestId, String resource, Instant startsAt, Instant endsAt) {
    this.requestId = requestId;
    this.resource = resource;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
  }

  public static String room(long id) {
    return "room:" + id;
  }

  public static String item(long id) {
    return "item:" + id;
  }

  public static String operator(String username) {
    return "operator:" + username;
  }

  public long requestId() {
    return requestId;
  }

  public String resource() {
    return resource;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant endsAt() {
    return endsAt;
  }
}
