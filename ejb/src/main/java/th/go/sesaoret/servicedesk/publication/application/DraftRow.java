package th.go.sesaoret.servicedesk.publication.application;

import java.io.Serializable;
import java.time.Instant;
import th.go.sesaoret.servicedesk.publication.domain.Category;

/** One line of "my drafts": a post not submitted yet (the database's projection). */
public record DraftRow(
    long id, String titleTh, Category category, Instant createdAt, Instant updatedAt, String owner)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
