package th.go.sesaoret.servicedesk.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One audited action or refusal. Append only: no setters, and every column is {@code
 * updatable=false}, so even a changed object in a persistence context writes nothing back.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {
  private static final Pattern KEY = Pattern.compile("[a-z]+(\\.[a-zA-Z]+)+");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false, length = 60)
  private String username;

  @Column(name = "source_ip", nullable = false, updatable = false, length = 64)
  private String sourceIp;

  @Column(nullable = false, updatable = false, length = 60)
  private String action;

  @Column(name = "request_id", updatable = false)
  private Long requestId;

  @Column(updatable = false, length = 200)
  private String target;

  @Column(name = "before_state", updatable = false, length = 200)
  private String before;

  @Column(name = "after_state", updatable = false, length = 200)
  private String after;

  @Column(updatable = false, length = 2000)
  private String detail;

  protected AuditEntry() {}

  public AuditEntry(Instant at, String username, String sourceIp, Fact fact) {
    this.occurredAt = at;
    this.username = cut(username == null ? "anonymous" : username, 60);
    this.sourceIp = cut(sourceIp == null || sourceIp.isBlank() ? "unknown" : sourceIp, 64);
    this.action = cut(fact.action(), 60);
    this.requestId = fact.requestId();
    this.target = cut(fact.target(), 200);
    this.before = cut(fact.before(), 200);
    this.after = cut(fact.after(), 200);
    this.detail = cut(fact.detail(), 2000);
  }

  /** What happened, apart from who, when and where from. */
  public record Fact(
      String action, Long requestId, String target, String before, String after, String detail) {
    public static Fact of(String action, Long requestId, String target) {
      return new Fact(action, requestId, target, null, null, null);
    }

    public Fact states(String beforeState, String afterState) {
      return new Fact(action, requestId, target, beforeState, afterState, detail);
    }

    public Fact detail(String text) {
      return new Fact(action, requestId, target, before, after, text);
    }
  }

  /**
   * True for a refused attempt: a recorded action always names the state after it, a refusal
   * changed nothing and names none, and its detail is the refusal's bundle key (then its arguments,
   * space-separated).
   */
  public boolean isRefusal() {
    return after == null && refusalKey() != null;
  }

  /** The bundle key of a refusal's reason, or null when the detail does not start with one. */
  public String refusalKey() {
    if (detail == null) {
      return null;
    }
    String first = detail.strip().split(" ", 2)[0];
    return KEY.matcher(first).matches() ? first : null;
  }

  /** The arguments written after a refusal's key (e.g. the step), in order. */
  public List<String> refusalArgs() {
    String[] parts = detail == null ? new String[0] : detail.strip().split(" ");
    return parts.length < 2 ? List.of() : List.of(parts).subList(1, parts.length);
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
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

  public String action() {
    return action;
  }

  public Long requestId() {
    return requestId;
  }

  public String target() {
    return target;
  }

  public String before() {
    return before;
  }

  public String after() {
    return after;
  }

  public String detail() {
    return detail;
  }
}
