package th.go.sesaoret.servicedesk.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the traffic log (Computer-Related Crime Act s.26): append only. */
@Entity
@Table(name = "access_log")
public class AccessLogEntry {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false, length = 60)
  private String username;

  @Column(name = "source_ip", nullable = false, updatable = false, length = 64)
  private String sourceIp;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 30)
  private AccessEvent event;

  protected AccessLogEntry() {}

  public AccessLogEntry(Instant at, String username, String sourceIp, AccessEvent event) {
    this.occurredAt = at;
    this.username = truncate(username == null ? "" : username, 60);
    this.sourceIp = truncate(sourceIp == null ? "unknown" : sourceIp, 64);
    this.event = event;
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String username() {
    return username;
  }

  public String sourceIp() {
    return sourceIp;
  }

  public AccessEvent event() {
    return event;
  }
}
