package th.go.sesaoret.servicedesk.publication.application;

import java.time.Instant;
import java.util.List;
import th.go.sesaoret.servicedesk.publication.domain.Category;

/**
 * A post as a reader sees it, on the public post page and on the preview alike (the preview shows
 * exactly what the public page will). {@code bodyHtml} is sanitised, its own-file images still
 * named {@code attachment:ID} (the page puts its file URL in: {@code PostHtml.withFileUrls}). The
 * approval line names the authoriser by name and position, with the signature's verification code;
 * {@code publishedAt} is null on a preview.
 */
public record PostView(
    long publicationId,
    Category category,
    String titleTh,
    String titleEn,
    String summary,
    String excerpt,
    String bodyHtml,
    PostFile cover,
    List<PostFile> files,
    String approvedByName,
    String approvedByPosition,
    Instant approvedAt,
    String verificationCode,
    Instant publishedAt,
    Instant expiresAt) {

  /** A file of a post: what a page lists and links (never its bytes). */
  public record PostFile(
      long id, String name, String contentType, long size, String sha256, String caption) {
    public boolean isImage() {
      return contentType.startsWith("image/");
    }

    public boolean isPdf() {
      return "application/pdf".equals(contentType);
    }
  }
}
