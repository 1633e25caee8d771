package th.go.sesaoret.servicedesk.publication.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.go.sesaoret.servicedesk.attachment.domain.CheckedFile;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * A website publication (service 1): the post a requester prepares as a draft (step 1), submits
 * (step 2, which files its {@link ServiceRequest}), has approved and signed (steps 3-4), that DLICT
 * staff shape and preview (step 5), that the requester checks (step 6) and staff publish (step 7).
 * What an approver signs is {@link #digest()} (its text and files); layout is not part of it. Once
 * published the post is the public record and is no longer edited.
 */
@Entity
@Table(name = "publication")
public class Publication {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "request_id", unique = true)
  private ServiceRequest request;

  @Column(nullable = false, updatable = false, length = 60)
  private String owner;

  @Column(name = "filed_by", length = 60)
  private String filedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Category category;

  @Column(name = "title_th", nullable = false, length = PostContent.TITLE_MAX)
  private String titleTh;

  @Column(name = "title_en", length = PostContent.TITLE_MAX)
  private String titleEn;

  @Column(length = PostContent.SUMMARY_MAX)
  private String summary;

  @Column(name = "body_html", length = PostHtml.MAX_LENGTH)
  private String bodyHtml;

  @Column(name = "body_text", length = PostHtml.MAX_LENGTH)
  private String bodyText;

  @Column(name = "wanted_at")
  private Instant wantedAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "propose_to", length = 20)
  private Role proposeTo;

  @Embedded private PersonalData personalData;

  @Column(name = "approved_sha256", length = 64)
  private String approvedSha256;

  @Column(name = "approved_text", length = PostHtml.MAX_LENGTH)
  private String approvedText;

  @Column(length = 500)
  private String excerpt;

  @Column(name = "cover_file_id")
  private Long coverFileId;

  @Embedded private Preview preview;

  @Embedded private Release release;

  @Version
  @Column(name = "opt_lock", nullable = false)
  private long optLock;

  @OneToMany(mappedBy = "publication", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<PublicationFile> files = new ArrayList<>();

  protected Publication() {}

  /** A new draft of {@code owner}'s (written by {@code filedBy}, the clerk, or null). */
  public static Publication draft(String owner, String filedBy, PostContent content, Instant now) {
    Publication p = new Publication();
    p.owner = owner;
    p.filedBy = filedBy;
    p.createdAt = now;
    p.write(content, now);
    return p;
  }

  /**
   * Replaces the words of the post (the body sanitised already); its normalised text follows. The
   * caller decides whether the post may still be written (a draft, a correction, staff's step 5).
   */
  public void write(PostContent content, Instant now) {
    this.category = content.category();
    this.titleTh = content.titleTh();
    this.titleEn = blankToNull(content.titleEn());
    this.summary = blankToNull(content.summary());
    this.bodyHtml = content.bodyHtml();
    this.bodyText = PostText.ofHtml(content.bodyHtml());
    this.wantedAt = content.wantedAt();
    this.expiresAt = content.expiresAt();
    this.updatedAt = now;
  }

  /** Adds a file checked by the publication's attachment policy, after the others. */
  public PublicationFile addFile(CheckedFile file, Instant now) {
    int position = files.stream().mapToInt(PublicationFile::position).max().orElse(0) + 1;
    PublicationFile f = new PublicationFile(this, position, file, now);
    files.add(f);
    updatedAt = now;
    return f;
  }

  /** Takes file {@code fileId} off the post (while it is written); the caller removes the row. */
  public PublicationFile removeFile(long fileId, Instant now) {
    PublicationFile f =
        file(fileId).orElseThrow(() -> new BusinessException("publication.form.file.notFound"));
    files.remove(f);
    if (coverFileId != null && coverFileId == fileId) {
      coverFileId = null;
    }
    updatedAt = now;
    return f;
  }

  /** True when {@code username} wrote the post: its owner, or the clerk who filed it for them. */
  public boolean isWrittenBy(String username) {
    return username != null && (username.equals(owner) || username.equals(filedBy));
  }

  /** The ids of the post's own files (the images its body may show). */
  public java.util.Set<Long> fileIds() {
    java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
    files.forEach(f -> ids.add(f.id()));
    return ids;
  }

  /** The SHA-256 of the post's text and files: what an approver signs. */
  public String digest() {
    return PublicationDigest.of(
        category,
        titleTh,
        titleEn,
        summary,
        bodyText,
        files.stream().map(PublicationFile::sha256).toList());
  }

  /** The post's words as one text (title, English title, summary, body), for the diff. */
  public String wording() {
    return PublicationDigest.wording(titleTh, titleEn, summary, bodyText);
  }

  /** The current content, as a form shows it. */
  public PostContent content() {
    return new PostContent(category, titleTh, titleEn, summary, bodyHtml, wantedAt, expiresAt);
  }

  public Optional<PublicationFile> file(long fileId) {
    return files.stream().filter(f -> f.id() != null && f.id() == fileId).findFirst();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public Long id() {
    return id;
  }

  /** The request filed from this post, or null while it is a draft. */
  public ServiceRequest request() {
    return request;
  }

  public boolean isDraft() {
    return request == null;
  }

  /** Links the draft to the request its submission filed. */
  public void filedAs(ServiceRequest filed) {
    if (request != null) {
      throw new IllegalStateException("publication " + id + " is filed already");
    }
    this.request = filed;
  }

  public String owner() {
    return owner;
  }

  public String filedBy() {
    return filedBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Category category() {
    return category;
  }

  public String titleTh() {
    return titleTh;
  }

  public String titleEn() {
    return titleEn;
  }

  public String summary() {
    return summary;
  }

  public String bodyHtml() {
    return bodyHtml;
  }

  public String bodyText() {
    return bodyText;
  }

  public Instant wantedAt() {
    return wantedAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Role proposeTo() {
    return proposeTo;
  }

  public void proposeTo(Role to) {
    this.proposeTo = to;
  }

  public PersonalData personalData() {
    return personalData == null ? new PersonalData() : personalData;
  }

  public void personalData(PersonalData answers) {
    this.personalData = answers;
  }

  public String approvedSha256() {
    return approvedSha256;
  }

  public String approvedText() {
    return approvedText;
  }

  /** Records what was approved: its digest and its words (for the staff's diff). */
  public void approved(String sha256) {
    this.approvedSha256 = sha256;
    this.approvedText = wording();
  }

  /** True when the post's text and files are still what was approved. */
  public boolean isAsApproved() {
    return approvedSha256 != null && approvedSha256.equals(digest());
  }

  public String excerpt() {
    return excerpt;
  }

  public void excerpt(String text) {
    this.excerpt = blankToNull(text);
  }

  public Long coverFileId() {
    return coverFileId;
  }

  public void cover(Long fileId) {
    this.coverFileId = fileId;
  }

  /** The preview (step 5); never null. */
  public Preview preview() {
    if (preview == null) {
      preview = new Preview();
    }
    return preview;
  }

  /** The release (step 7 and after); never null. */
  public Release release() {
    if (release == null) {
      release = new Release();
    }
    return release;
  }

  public List<PublicationFile> files() {
    return List.copyOf(files);
  }

  /** Puts the files in the order of {@code fileIds} (image order: layout, not content). */
  public void order(List<Long> fileIds) {
    int position = 1;
    for (Long fileId : fileIds) {
      PublicationFile f = file(fileId).orElseThrow();
      f.moveTo(position++);
    }
    for (PublicationFile f : files) {
      if (!fileIds.contains(f.id())) {
        f.moveTo(position++);
      }
    }
    files.sort(java.util.Comparator.comparingInt(PublicationFile::position));
  }
}
