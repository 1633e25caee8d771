package th.go.sesaoret.servicedesk.request.domain;

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
import th.go.sesaoret.servicedesk.attachment.domain.AttachmentPolicy;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * A file attached to a request, with its SHA-256 (part of what an approver signs). The bytes sit in
 * a binary column ({@code bytea} on PostgreSQL, binary varying on H2, the portable choice: a
 * PostgreSQL {@code oid} large object would not run on H2). Lists use projections that leave the
 * bytes out; only a download reads them.
 */
@Entity
@Table(name = "request_attachment")
public class Attachment {
  public static final int MAX_BYTES = AttachmentPolicy.MAX_BYTES;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  private ServiceRequest request;

  @Column(nullable = false, updatable = false, length = 255)
  private String filename;

  @Column(name = "content_type", nullable = false, updatable = false, length = 100)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Column(nullable = false, updatable = false, length = 64)
  private String sha256;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] content;

  protected Attachment() {}

  public Attachment(String filename, String contentType, byte[] content) {
    if (filename == null || filename.isBlank()) {
      throw new BusinessException("request.attachment.nameRequired");
    }
    if (content == null || content.length == 0) {
      throw new BusinessException("request.attachment.empty", filename);
    }
    if (content.length > MAX_BYTES) {
      throw new BusinessException("request.attachment.tooLarge", filename, MAX_BYTES / 1024 / 1024);
    }
    // only the last path segment: browsers may send a full client path
    String name = filename.strip().replaceAll(".*[/\\\\]", "");
    this.filename = name.length() > 255 ? name.substring(name.length() - 255) : name;
    this.contentType =
        contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
    this.content = content.clone();
    this.size = content.length;
    this.sha256 = ContentDigest.ofBytes(content);
  }

  void attachTo(ServiceRequest owner) {
    this.request = owner;
  }

  public Long id() {
    return id;
  }

  public ServiceRequest request() {
    return request;
  }

  public String filename() {
    return filename;
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

  public byte[] content() {
    return content.clone();
  }
}
