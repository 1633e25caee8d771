package th.go.sesaoret.servicedesk.publication.application;

import java.util.List;
import java.util.Map;

/**
 * The office's real website, reached over its CMS's REST API: a published post is pushed there with
 * its files, a withdrawn one taken down. Implementations are idempotent given what they were told
 * before ({@link Remote}): a retry updates the post it created, never posts twice.
 */
public interface CmsConnector {
  /** A file to send with a post. */
  record CmsFile(long id, String name, String contentType, byte[] content, String caption) {}

  /**
   * A post as the CMS receives it: title, summary, sanitised body with its own images named {@code
   * attachment:ID}, its files (the cover among them, by id) and its public address here.
   */
  record CmsPost(
      long publicationId,
      String title,
      String summary,
      String bodyHtml,
      Long coverFileId,
      List<CmsFile> files,
      String canonicalUrl) {}

  /**
   * What the CMS holds of a post: its own post id (null until created) and a media id per file id.
   */
  record Remote(String postId, Map<Long, String> mediaIds) {}

  /** Somewhere to note each remote id the moment the CMS gives it (before anything else fails). */
  interface Memory {
    void media(long fileId, String mediaId);

    void post(String postId);
  }

  /**
   * Creates or updates {@code post} (and uploads the files {@code known} does not hold yet); throws
   * when the site cannot be reached or refuses, so the caller retries.
   */
  void publish(CmsPost post, Remote known, Memory memory);

  /** Takes remote post {@code postId} out of public view; throws to be retried. */
  void withdraw(String postId);
}
