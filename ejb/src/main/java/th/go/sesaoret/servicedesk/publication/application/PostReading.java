package th.go.sesaoret.servicedesk.publication.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import th.go.sesaoret.servicedesk.publication.domain.Category;
import th.go.sesaoret.servicedesk.publication.domain.PersonalData;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * A submitted post as its request page shows it: the content as it will look (the sanitised body,
 * its own images named {@code attachment:ID}), its files, the checklist, whom it is proposed to,
 * what an approval signs and whether the post is still as approved, and what the viewer may do.
 */
public record PostReading(
    long postId,
    long requestId,
    Category category,
    String titleTh,
    String titleEn,
    String summary,
    String bodyHtml,
    Instant wantedAt,
    Instant expiresAt,
    Role proposeTo,
    Boolean studentNames,
    Boolean faces,
    Boolean idNumbers,
    PersonalData.Consent consent,
    List<PostFileRow> files,
    Long coverFileId,
    String digest,
    boolean asApproved,
    String approvedBy,
    Instant approvedAt,
    String verificationCode,
    boolean mayApprove,
    boolean mayCorrect)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public PostReading {
    files = List.copyOf(files);
  }

  public List<PostFileRow> images() {
    return files.stream().filter(PostFileRow::image).toList();
  }

  public List<PostFileRow> documents() {
    return files.stream().filter(f -> !f.image()).toList();
  }
}
