package th.go.sesaoret.servicedesk.repair.domain;

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
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * One line of a repair job's work log: what was done, parts used and time spent, or an event in the
 * job's life (accepted, paused for parts with the reason, resumed, reopened). Append-only.
 */
@Entity
@Table(name = "repair_work_log")
public class WorkLogEntry {
  public static final int WORK_MAX = 1000;
  public static final int PARTS_MAX = 500;
  public static final int MINUTES_MAX = 1440;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id", updatable = false)
  private RepairJob job;

  @Enumerated(EnumType.STRING)
  @Column(name = "entry_kind", nullable = false, updatable = false, length = 20)
  private WorkLogKind kind;

  @Column(name = "logged_at", nullable = false, updatable = false)
  private Instant loggedAt;

  @Column(nullable = false, updatable = false, length = 60)
  private String technician;

  @Column(name = "work_done", updatable = false, length = WORK_MAX)
  private String workDone;

  @Column(name = "parts_used", updatable = false, length = PARTS_MAX)
  private String partsUsed;

  @Column(name = "minutes_spent", updatable = false)
  private Integer minutesSpent;

  protected WorkLogEntry() {}

  WorkLogEntry(
      RepairJob job,
      WorkLogKind kind,
      Instant at,
      String by,
      String workDone,
      String partsUsed,
      Integer minutesSpent) {
    boolean blank = workDone == null || workDone.isBlank();
    if (blank && kind == WorkLogKind.WORK) {
      throw new BusinessException("repair.log.workRequired");
    }
    if (blank && (kind == WorkLogKind.PAUSED || kind == WorkLogKind.REOPENED)) {
      throw new BusinessException("repair.log.reasonRequired");
    }
    if (!blank && workDone.strip().length() > WORK_MAX) {
      throw new BusinessException("repair.log.workTooLong", WORK_MAX);
    }
    if (partsUsed != null && partsUsed.strip().length() > PARTS_MAX) {
      throw new BusinessException("repair.log.partsTooLong", PARTS_MAX);
    }
    if (kind == WorkLogKind.WORK
        && (minutesSpent == null || minutesSpent < 1 || minutesSpent > MINUTES_MAX)) {
      throw new BusinessException("repair.log.minutesInvalid", MINUTES_MAX);
    }
    this.job = job;
    this.kind = kind;
    this.loggedAt = at;
    this.technician = by;
    this.workDone = blank ? null : workDone.strip();
    this.partsUsed = partsUsed == null || partsUsed.isBlank() ? null : partsUsed.strip();
    this.minutesSpent = minutesSpent;
  }

  public Long id() {
    return id;
  }

  public WorkLogKind kind() {
    return kind;
  }

  public Instant loggedAt() {
    return loggedAt;
  }

  public String technician() {
    return technician;
  }

  public String workDone() {
    return workDone;
  }

  public String partsUsed() {
    return partsUsed;
  }

  public Integer minutesSpent() {
    return minutesSpent;
  }
}
