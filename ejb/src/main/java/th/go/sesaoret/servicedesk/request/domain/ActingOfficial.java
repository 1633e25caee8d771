package th.go.sesaoret.servicedesk.request.domain;

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
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * An acting official (รักษาราชการแทน): from {@code validFrom} to {@code validTo} (inclusive, office
 * dates) the person may act as {@code role}, and their approvals record that they acted for it.
 */
@Entity
@Table(name = "acting_official")
public class ActingOfficial {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "acting_role", nullable = false, updatable = false, length = 40)
  private Role role;

  @Column(nullable = false, updatable = false, length = 60)
  private String username;

  @Column(name = "valid_from", nullable = false, updatable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to", nullable = false, updatable = false)
  private LocalDate validTo;

  @Column(name = "appointed_by", nullable = false, updatable = false, length = 60)
  private String appointedBy;

  @Column(name = "appointed_at", nullable = false, updatable = false)
  private Instant appointedAt;

  protected ActingOfficial() {}

  public ActingOfficial(
      Role role, String username, LocalDate from, LocalDate to, String by, Instant at) {
    if (role == null || username == null || username.isBlank()) {
      throw new BusinessException("request.acting.incomplete");
    }
    if (from == null || to == null || to.isBefore(from)) {
      throw new BusinessException("request.acting.badRange");
    }
    this.role = role;
    this.username = username.strip();
    this.validFrom = from;
    this.validTo = to;
    this.appointedBy = by;
    this.appointedAt = at;
  }

  public boolean covers(LocalDate day) {
    return !day.isBefore(validFrom) && !day.isAfter(validTo);
  }

  public Long id() {
    return id;
  }

  public Role role() {
    return role;
  }

  public String username() {
    return username;
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  public LocalDate validTo() {
    return validTo;
  }
}
