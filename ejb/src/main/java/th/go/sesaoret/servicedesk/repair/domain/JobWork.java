package th.go.sesaoret.servicedesk.repair.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * A repair job's work: when the technician accepted it, its result with the technician's note, and
 * the report to the ICT group director / director. The work log's lines are the job's own.
 */
@Embeddable
public class JobWork {
  public static final int NOTE_MAX = 2000;
  public static final int REPORT_MAX = 4000;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private Resolution resolution;

  @Column(name = "resolution_note", length = NOTE_MAX)
  private String resolutionNote;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(length = REPORT_MAX)
  private String report;

  @Column(name = "reported_at")
  private Instant reportedAt;

  void accepted(Instant at) {
    acceptedAt = at;
  }

  /** A new order (or a voided one) starts a new acceptance. */
  void acceptAgain() {
    acceptedAt = null;
  }

  boolean isAccepted() {
    return acceptedAt != null;
  }

  /** The result's note as kept (stripped, blank: null); refused when required or too long. */
  static String resultNote(Resolution result, String note) {
    if (result == null) {
      throw new BusinessException("repair.resolution.required");
    }
    String text = note == null || note.isBlank() ? null : note.strip();
    if ((result == Resolution.CANNOT_FIX || result == Resolution.SENT_OUT) && text == null) {
      throw new BusinessException("repair.resolution.noteRequired");
    }
    if (text != null && text.length() > NOTE_MAX) {
      throw new BusinessException("repair.resolution.noteTooLong", NOTE_MAX);
    }
    return text;
  }

  void resolved(Resolution result, String note, Instant at) {
    resolution = result;
    resolutionNote = note;
    resolvedAt = at;
  }

  /** The report's text as kept (stripped); refused when blank or too long. */
  static String reportText(String text) {
    if (text == null || text.isBlank()) {
      throw new BusinessException("repair.report.required");
    }
    if (text.strip().length() > REPORT_MAX) {
      throw new BusinessException("repair.report.tooLong", REPORT_MAX);
    }
    return text.strip();
  }

  void reported(String text, Instant at) {
    report = text;
    reportedAt = at;
  }

  /** Reopened: the result is to be found again. */
  void reopened() {
    resolution = null;
    resolutionNote = null;
    resolvedAt = null;
  }

  public Instant acceptedAt() {
    return acceptedAt;
  }

  public Resolution resolution() {
    return resolution;
  }

  public String resolutionNote() {
    return resolutionNote;
  }

  public Instant resolvedAt() {
    return resolvedAt;
  }

  public String report() {
    return report;
  }

  public Instant reportedAt() {
    return reportedAt;
  }
}
