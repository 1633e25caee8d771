package th.go.sesaoret.servicedesk.conference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A repeating booking: its rule and last date; each occurrence is a booking of its own. */
@Entity
@Table(name = "conference_series")
public class BookingSeries {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "repeat_rule", nullable = false, length = 20)
  private RepeatRule rule;

  @Column(name = "until_date", nullable = false)
  private LocalDate until;

  @Column(name = "created_by", nullable = false, length = 60)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected BookingSeries() {}

  public static BookingSeries of(RepeatRule rule, LocalDate until, String by, Instant now) {
    BookingSeries s = new BookingSeries();
    s.rule = rule;
    s.until = until;
    s.createdBy = by;
    s.createdAt = now;
    return s;
  }

  public Long id() {
    return id;
  }

  public RepeatRule rule() {
    return rule;
  }

  public LocalDate until() {
    return until;
  }
}
