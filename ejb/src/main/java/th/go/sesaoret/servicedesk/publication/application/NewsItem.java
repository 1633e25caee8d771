package th.go.sesaoret.servicedesk.publication.application;

import java.time.Instant;
import th.go.sesaoret.servicedesk.publication.domain.Category;

/**
 * A live post as the public lists and feeds show it (a projection: no body, no files): its cover's
 * file id if it has one, and {@code version} for the lists' ETag.
 */
public record NewsItem(
    long id,
    Category category,
    String titleTh,
    String titleEn,
    String summary,
    String excerpt,
    Instant publishedAt,
    Long coverFileId,
    long version) {
  /** The line under the title: the staff's excerpt, else the requester's summary. */
  public String teaser() {
    return excerpt != null ? excerpt : summary == null ? "" : summary;
  }
}
