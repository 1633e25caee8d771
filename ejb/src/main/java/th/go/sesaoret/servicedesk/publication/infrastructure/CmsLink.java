package th.go.sesaoret.servicedesk.publication.infrastructure;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** What the office's CMS holds of a post: its remote post id and a media id per file. */
@Entity
@Table(name = "publication_cms")
public class CmsLink {
  @Id
  @Column(name = "publication_id")
  private Long publicationId;

  @Column(name = "remote_post_id", length = 40)
  private String remotePostId;

  @Column(name = "pushed_at")
  private Instant pushedAt;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "publication_cms_media",
      joinColumns = @JoinColumn(name = "publication_id"))
  @MapKeyColumn(name = "file_id")
  @Column(name = "remote_media_id", length = 40, nullable = false)
  private Map<Long, String> media = new HashMap<>();

  @Version
  @Column(name = "opt_lock", nullable = false)
  private long optLock;

  protected CmsLink() {}

  CmsLink(long publicationId) {
    this.publicationId = publicationId;
  }

  String remotePostId() {
    return remotePostId;
  }

  void remotePost(String id) {
    this.remotePostId = id;
  }

  Map<Long, String> media() {
    return Map.copyOf(media);
  }

  void media(long fileId, String mediaId) {
    media.put(fileId, mediaId);
  }

  void pushed(Instant at) {
    this.pushedAt = at;
    this.withdrawnAt = null;
  }

  void withdrawn(Instant at) {
    this.withdrawnAt = at;
  }

  Instant pushedAt() {
    return pushedAt;
  }

  Instant withdrawnAt() {
    return withdrawnAt;
  }
}
