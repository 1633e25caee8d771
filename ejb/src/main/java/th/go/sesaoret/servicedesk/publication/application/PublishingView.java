package th.go.sesaoret.servicedesk.publication.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import th.go.sesaoret.servicedesk.publication.domain.StaffEdit;

/**
 * Steps 5-7 of a post as its request page shows them to one reader: what they may do now (take,
 * shape, preview, confirm or ask for corrections, publish, unpublish), the post as staff shape it,
 * and its release.
 */
public record PublishingView(
    long requestId,
    long publicationId,
    String number,
    boolean mayTake,
    boolean mayShape,
    boolean mayCheck,
    boolean mayPublish,
    boolean mayUnpublish,
    boolean mayOpenPreview,
    boolean asApproved,
    StaffEdit edit,
    List<FileRow> files,
    String corrections,
    Instant wantedAt,
    Instant expiresAt,
    Instant publishAt,
    Instant publishedAt,
    Instant unpublishedAt,
    String unpublishReason,
    boolean live,
    String publicLink)
    implements Serializable {

  /** A file of the post as step 5 lists it (for the order and the cover). */
  public record FileRow(long id, String name, String contentType, boolean image)
      implements Serializable {}
}
