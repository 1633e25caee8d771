package th.go.sesaoret.servicedesk.request.domain;

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
import java.time.Instant;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * An electronic signature (Electronic Transactions Act s.9 / s.26): who signed, when, from which
 * IP, what they decided, for which official they acted, and the SHA-256 of exactly the content they
 * saw. The password was re-entered at that moment (checked by the service). If the content changes
 * afterwards the approval is void: it stays on record, marked void, and never counts again.
 */
@Entity
@Table(name = "approval")
public class Approval {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id", updatable = false)
  private ServiceRequest request;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "step_id", updatable = false)
  private StepInstance step;

  @Column(nullable = false, updatable = false, length = 60)
  private String approver;

  @Column(name = "approved_at", nullable = false, updatable = false)
  private Instant approvedAt;

  @Column(name = "source_ip", nullable = false, updatable = false, length = 64)
  private String sourceIp;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private ApprovalDecision decision;

  @Enumerated(EnumType.STRING)
  @Column(name = "acting_for", updatable = false, length = 40)
  private Role actingFor;

  @Column(name = "content_sha256", nullable = false, updatable = false, length = 64)
  private String contentSha256;

  @Column(nullable = false)
  private boolean voided;

  @Column(name = "voided_at")
  private Instant voidedAt;

  protected Approval() {}

  Approval(
      ServiceRequest request,
      StepInstance step,
      String approver,
      Instant at,
      String sourceIp,
      ApprovalDecision decision,
      Role actingFor,
      String contentSha256) {
    this.request = request;
    this.step = step;
    this.approver = approver;
    this.approvedAt = at;
    this.sourceIp = sourceIp == null || sourceIp.isBlank() ? "unknown" : sourceIp;
    this.decision = decision;
    this.actingFor = actingFor;
    this.contentSha256 = contentSha256;
  }

  /** The signed content is no longer the request's content. */
  void voidAt(Instant now) {
    voided = true;
    voidedAt = now;
  }

  /** A valid approval given on the content with this digest. */
  boolean counts() {
    return !voided && decision == ApprovalDecision.APPROVED;
  }

  public Long id() {
    return id;
  }

  public StepInstance step() {
    return step;
  }

  public String approver() {
    return approver;
  }

  public Instant approvedAt() {
    return approvedAt;
  }

  public String sourceIp() {
    return sourceIp;
  }

  public ApprovalDecision decision() {
    return decision;
  }

  /** The role acted for as an acting official (รักษาราชการแทน), or null. */
  public Role actingFor() {
    return actingFor;
  }

  public String contentSha256() {
    return contentSha256;
  }

  public boolean isVoid() {
    return voided;
  }

  public Instant voidedAt() {
    return voidedAt;
  }
}
