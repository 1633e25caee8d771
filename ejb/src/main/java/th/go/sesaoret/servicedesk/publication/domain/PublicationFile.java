package th.go.sesaoret.servicedesk.publication.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import th.go.sesaoret.servicedesk.attachment.domain.CheckedFile;
import th.go.sesaoret.servicedesk.request.domain.ContentDigest;

/**
 * A file of a post (a PDF, an Office document, an image), checked by the publication's {@link
 * th.go.sesaoret.servicedesk.attachment.domain.AttachmentPolicy}. Its SHA-256 is part of what an
 * approver signs; its {@link #position()} (the image order) is layout and is not. The body's images
 * name their file as {@code attachment:ID}.
 */
@Entity
@Table(name = "publication_file")
public class PublicationFile {
  public static final int CAPTION_MAX = 300;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "publication_id", updatable = false)
  private Publication publication;

  @Column(nullable = false)
  private int position;

  @Column(name = "filename", nullable = false, updatable = false, length = 255)
  private String name;

  @Column(name = "content_type", nullable = false, updatable = false, length = 100)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Column(nullable = false, updatable = false, length = 64)
  private String sha256;

  @Column(length = CAPTION_MAX)
  private String caption;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] content;

  @Column(name = "added_at", nullable = false, updatable = false)
  private Instant addedAt;

  protected PublicationFile() {}

  PublicationFile(Publication publication, int position, CheckedFile file, Instant now) {
    this.publication = publication;
    this.position = position;
    this.name = file.name();
    this.contentType = file.contentType();
    this.content = file.content();
    this.size = content.length;
    this.sha256 = ContentDigest.ofBytes(content);
    this.addedAt = now;
  }

  public boolean isImage() {
    return contentType.startsWith("image/");
  }

  public Long id() {
    return id;
  }

  public Publication publication() {
    return publication;
  }

  public int position() {
    return position;
  }

  void moveTo(int newPosition) {
    this.position = newPosition;
  }

  public String name() {
    return name;
  }

  public String contentType() {
    return contentType;
  }

  public long size() {
    return size;
  }

  public String sha256() {
    return sha256;
  }

  public String caption() {
    return caption;
  }

  void caption(String text) {
    this.caption = text;
  }

  public byte[] content() {
    return content.clone();
  }

  public Instant addedAt() {
    return addedAt;
  }
}
