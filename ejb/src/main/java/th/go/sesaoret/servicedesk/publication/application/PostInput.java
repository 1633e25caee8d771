package th.go.sesaoret.servicedesk.publication.application;

import java.io.Serializable;
import java.time.Instant;
import th.go.sesaoret.servicedesk.publication.domain.Category;
import th.go.sesaoret.servicedesk.publication.domain.PersonalData;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * What the publication form sends: the post's words (the body as the editor sent it, sanitised by
 * the service), its times, the personal-data answers (null is unanswered), whom it is proposed to
 * and the cover image (one of the post's files, or null).
 */
public record PostInput(
    Category category,
    String titleTh,
    String titleEn,
    String summary,
    String bodyHtml,
    Instant wantedAt,
    Instant expiresAt,
    Boolean studentNames,
    Boolean faces,
    Boolean idNumbers,
    PersonalData.Consent consent,
    Role proposeTo,
    Long coverFileId)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  PersonalData personalData() {
    return new PersonalData(studentNames, faces, idNumbers, consent);
  }
}
