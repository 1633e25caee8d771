package th.go.sesaoret.servicedesk.publication.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The personal-data checklist of a post (PDPA B.E. 2562): does it show students' names, faces or ID
 * numbers, and is consent held? Each question must be answered (null is unanswered) before the post
 * is submitted.
 */
@Embeddable
public class PersonalData {
  /** Whether the people shown agreed to be published. */
  public enum Consent {
    HELD,
    NOT_HELD,
    NOT_NEEDED
  }

  @Column(name = "pd_student_names")
  private Boolean studentNames;

  @Column(name = "pd_faces")
  private Boolean faces;

  @Column(name = "pd_id_numbers")
  private Boolean idNumbers;

  @Enumerated(EnumType.STRING)
  @Column(name = "pd_consent", length = 20)
  private Consent consent;

  protected PersonalData() {}

  public PersonalData(Boolean studentNames, Boolean faces, Boolean idNumbers, Consent consent) {
    this.studentNames = studentNames;
    this.faces = faces;
    this.idNumbers = idNumbers;
    this.consent = consent;
  }

  /** True when every question has its answer. */
  public boolean isAnswered() {
    return studentNames != null && faces != null && idNumbers != null && consent != null;
  }

  /** True when the post shows someone's personal data. */
  public boolean showsPersonalData() {
    return Boolean.TRUE.equals(studentNames)
        || Boolean.TRUE.equals(faces)
        || Boolean.TRUE.equals(idNumbers);
  }

  public Boolean studentNames() {
    return studentNames;
  }

  public Boolean faces() {
    return faces;
  }

  public Boolean idNumbers() {
    return idNumbers;
  }

  public Consent consent() {
    return consent;
  }
}
