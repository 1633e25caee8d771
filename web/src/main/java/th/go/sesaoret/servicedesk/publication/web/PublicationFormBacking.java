package th.go.sesaoret.servicedesk.publication.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.primefaces.model.file.UploadedFile;
import th.go.sesaoret.servicedesk.attachment.domain.Upload;
import th.go.sesaoret.servicedesk.attachment.web.Uploads;
import th.go.sesaoret.servicedesk.publication.application.DraftSaved;
import th.go.sesaoret.servicedesk.publication.application.PostDraftView;
import th.go.sesaoret.servicedesk.publication.application.PostFileRow;
import th.go.sesaoret.servicedesk.publication.application.PostInput;
import th.go.sesaoret.servicedesk.publication.application.PublicationDrafts;
import th.go.sesaoret.servicedesk.publication.domain.Category;
import th.go.sesaoret.servicedesk.publication.domain.PersonalData;
import th.go.sesaoret.servicedesk.publication.domain.PostContent;
import th.go.sesaoret.servicedesk.publication.domain.PostHtml;
import th.go.sesaoret.servicedesk.publication.domain.PublicationAttachments;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.OfficeTime;
import th.go.sesaoret.servicedesk.shared.web.Callers;
import th.go.sesaoret.servicedesk.shared.web.Messages;

/**
 * The publication form (/publication/form.xhtml): a new draft, a saved draft ({@code ?post=ID}) or
 * a post returned for correction ({@code ?correct=REQUEST}). Save keeps the draft; files are added
 * one by one (checked by content) and an image can be put into the body; submit files the request
 * (or resubmits the correction). Every refusal keeps what was typed. In the editor the post's own
 * images are shown through the file servlet ({@code /publication/file/POST/FILE}); the service
 * keeps them as {@code attachment:FILE}.
 */
@Named
@ViewScoped
public class PublicationFormBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Uploads UPLOADS = new Uploads(PublicationAttachments.POLICY);

  /** The form's fields that carry their own message. */
  static final String BODY = "post:body";

  @EJB private PublicationDrafts drafts;

  private String postParam;
  private String correctParam;
  private boolean loaded;
  private Long postId;
  private Long requestId;
  private String requestNumber;
  private String walkInOwner;
  private String owner;

  private Category category = Category.NEWS;
  private String titleTh;
  private String titleEn;
  private String summary;
  private String body;
  private LocalDateTime wantedAt;
  private LocalDateTime expiresAt;
  private Boolean studentNames;
  private Boolean faces;
  private Boolean idNumbers;
  private PersonalData.Consent consent;
  private Role proposeTo;
  private Long coverFileId;
  private List<PostFileRow> files = new ArrayList<>();
  private List<String> removed = List.of();
  private transient UploadedFile upload;

  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    try {
      if (correctParam != null && !correctParam.isBlank()) {
        show(drafts.loadForCorrection(parsed(correctParam)));
      } else if (postParam != null && !postParam.isBlank()) {
        show(drafts.load(parsed(postParam)));
      }
    } catch (BusinessException e) {
      refuse(e);
    }
  }

  private void show(PostDraftView v) {
    postId = v.id();
    requestId = v.requestId();
    requestNumber = v.requestNumber();
    owner = v.owner();
    PostInput in = v.input();
    category = in.category();
    titleTh = in.titleTh();
    titleEn = in.titleEn();
    summary = in.summary();
    body = PostHtml.withFileUrls(in.bodyHtml(), filePrefix());
    wantedAt = local(in.wantedAt());
    expiresAt = local(in.expiresAt());
    studentNames = in.studentNames();
    faces = in.faces();
    idNumbers = in.idNumbers();
    consent = in.consent();
    proposeTo = in.proposeTo();
    coverFileId = in.coverFileId();
    files = new ArrayList<>(v.files());
  }

  /**
   * A refusal next to the field it is about (the form's own client ids); others at the top. Both
   * the page's message and the field keep what was typed.
   */
  static void refuse(BusinessException e) {
    String field = fieldOf(e.key());
    if (field == null) {
      Messages.error(e);
    } else {
      Messages.errorAt(field, e);
      Messages.error("publication.form.seeBelow");
    }
  }

  static String fieldOf(String key) {
    String[][] fields = {
      {"publication.form.titleTh.", "post:titleTh"},
      {"publication.form.titleEn.", "post:titleEn"},
      {"publication.form.summary.", "post:summary"},
      {"publication.form.body.", BODY},
      {"publication.form.category.", "post:category"},
      {"publication.form.expiry.", "post:expiresAt"},
      {"publication.form.wantedAt.", "post:wantedAt"},
      {"publication.form.proposeTo.", "post:proposeTo"},
      {"publication.form.personalData.", "post:consent"},
      {"publication.form.cover.", "post:cover"},
      {"publication.form.file.", "post:upload"},
      {"request.attachment.", "post:upload"},
      {"request.requester.", "post:requester"},
      {"request.submitFor.", "post:requester"}
    };
    for (String[] f : fields) {
      if (key.startsWith(f[0])) {
        return f[1];
      }
    }
    return null;
  }

  /** Saves the draft; stays on the form. */
  public String save() {
    if (store() && attachChosen()) {
      Messages.info("publication.form.saved");
      return again();
    }
    return null;
  }

  /**
   * The form again at its own address ({@code ?post=ID}, or {@code ?correct=REQUEST}), so that a
   * reload or a bookmark finds the saved post; the messages ride along.
   */
  private String again() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return requestId != null
        ? "/publication/form?faces-redirect=true&correct=" + requestId
        : "/publication/form?faces-redirect=true&post=" + postId;
  }

  /** Saves, then files the request (or resubmits the correction) and shows its page. */
  public String submit() {
    if (!store() || !attachChosen()) {
      return null;
    }
    try {
      RequestState done = drafts.submit(postId, Callers.ip());
      Messages.info(
          requestId != null ? "publication.form.resubmitted" : "publication.form.submitted.done",
          done.number());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/requests/view?faces-redirect=true&id=" + done.id();
    } catch (BusinessException e) {
      refuse(e);
      return null;
    }
  }

  /** Adds the chosen file (saving the draft first, so it has an id to belong to). */
  public String addFile() {
    if (!hasUpload()) {
      Messages.errorAt("post:upload", new BusinessException("publication.form.file.none"));
      return null;
    }
    return store() && attachChosen() ? again() : null;
  }

  private boolean hasUpload() {
    return upload != null
        && upload.getFileName() != null
        && !upload.getFileName().isBlank()
        && upload.getSize() > 0;
  }

  /** The file chosen in the upload field, if any, added to the saved post; false if refused. */
  private boolean attachChosen() {
    if (!hasUpload()) {
      return true;
    }
    try {
      PublicationAttachments.POLICY.checkSize(upload.getFileName(), upload.getSize());
      drafts.addFile(
          postId,
          new Upload(upload.getFileName(), upload.getContentType(), upload.getContent()),
          Callers.ip());
      reloadFiles();
      Messages.info("publication.form.file.added", upload.getFileName());
      return true;
    } catch (BusinessException e) {
      refuse(e);
      return false;
    } finally {
      upload = null;
    }
  }

  public String removeFile(long fileId) {
    if (!store()) {
      return null;
    }
    try {
      drafts.removeFile(postId, fileId, Callers.ip());
      return again();
    } catch (BusinessException e) {
      refuse(e);
      return null;
    }
  }

  private void reloadFiles() {
    files = new ArrayList<>(drafts.load(postId).files());
  }

  /** Saves what the form holds; false (with the message) when refused. Nothing typed is lost. */
  private boolean store() {
    try {
      DraftSaved saved =
          drafts.save(
              postId, postId == null && isClerk() ? walkInOwner : null, input(), Callers.ip());
      postId = saved.id();
      removed = saved.removed();
      if (!removed.isEmpty()) {
        Messages.errorAt(
            BODY,
            new BusinessException("publication.form.body.cleaned", String.join(", ", removed)));
      }
      return true;
    } catch (BusinessException e) {
      refuse(e);
      return false;
    }
  }

  private PostInput input() {
    return new PostInput(
        category,
        titleTh,
        titleEn,
        summary,
        ownFiles(body),
        instant(wantedAt),
        instant(expiresAt),
        studentNames,
        faces,
        idNumbers,
        consent,
        proposeTo,
        coverFileId);
  }

  /** The editor's links to this post's own files, back to {@code attachment:ID}. */
  String ownFiles(String html) {
    if (html == null || postId == null) {
      return html;
    }
    Pattern own =
        Pattern.compile(
            "(?:https?://[^\"'\\s/]+)?" + Pattern.quote(filePrefix()) + "([0-9]{1,18})");
    return own.matcher(html)
        .replaceAll(m -> Matcher.quoteReplacement(PostHtml.FILE_SCHEME + m.group(1)));
  }

  /** Where the editor and the page find this post's files: {@code /ctx/publication/file/POST/}. */
  public String filePrefix() {
    String ctx = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    return ctx + "/publication/file/" + postId + "/";
  }

  public String fileUrl(long fileId) {
    return filePrefix() + fileId;
  }

  private static Instant instant(LocalDateTime t) {
    return t == null ? null : t.atZone(OfficeTime.ZONE).toInstant();
  }

  private static LocalDateTime local(Instant t) {
    return t == null ? null : LocalDateTime.ofInstant(t, OfficeTime.ZONE);
  }

  private static long parsed(String id) {
    try {
      return Long.parseLong(id.strip());
    } catch (NumberFormatException e) {
      throw new BusinessException("publication.form.notFound");
    }
  }

  /**
   * The clerk writes for a walk-in requester (a clerk who is also a requester writes their own).
   */
  public boolean isClerk() {
    return Callers.hasRole(Role.CLERK_NAME) && !Callers.hasRole(Role.REQUESTER_NAME);
  }

  public boolean isCorrecting() {
    return requestId != null;
  }

  public boolean isSaved() {
    return postId != null;
  }

  public Category[] getCategories() {
    return Category.values();
  }

  public PersonalData.Consent[] getConsents() {
    return PersonalData.Consent.values();
  }

  public Role[] getApprovers() {
    return new Role[] {Role.DEPUTY_DIRECTOR, Role.DIRECTOR};
  }

  public List<PostFileRow> getImages() {
    return files.stream().filter(PostFileRow::image).toList();
  }

  public Uploads getUploads() {
    return UPLOADS;
  }

  public int getTitleMax() {
    return PostContent.TITLE_MAX;
  }

  public int getSummaryMax() {
    return PostContent.SUMMARY_MAX;
  }

  public int getBodyMax() {
    return PostHtml.MAX_LENGTH;
  }

  public String getPost() {
    return postParam;
  }

  public void setPost(String post) {
    this.postParam = post;
  }

  public String getCorrect() {
    return correctParam;
  }

  public void setCorrect(String correct) {
    this.correctParam = correct;
  }

  public Long getPostId() {
    return postId;
  }

  public String getRequestNumber() {
    return requestNumber;
  }

  public String getOwner() {
    return owner;
  }

  public String getWalkInOwner() {
    return walkInOwner;
  }

  public void setWalkInOwner(String walkInOwner) {
    this.walkInOwner = walkInOwner;
  }

  public Category getCategory() {
    return category;
  }

  public void setCategory(Category category) {
    this.category = category;
  }

  public String getTitleTh() {
    return titleTh;
  }

  public void setTitleTh(String titleTh) {
    this.titleTh = titleTh;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public LocalDateTime getWantedAt() {
    return wantedAt;
  }

  public void setWantedAt(LocalDateTime wantedAt) {
    this.wantedAt = wantedAt;
  }

  public LocalDateTime getExpiresAt() {
    return expiresAt;
  }

  public void setExpiresAt(LocalDateTime expiresAt) {
    this.expiresAt = expiresAt;
  }

  public Boolean getStudentNames() {
    return studentNames;
  }

  public void setStudentNames(Boolean studentNames) {
    this.studentNames = studentNames;
  }

  public Boolean getFaces() {
    return faces;
  }

  public void setFaces(Boolean faces) {
    this.faces = faces;
  }

  public Boolean getIdNumbers() {
    return idNumbers;
  }

  public void setIdNumbers(Boolean idNumbers) {
    this.idNumbers = idNumbers;
  }

  public PersonalData.Consent getConsent() {
    return consent;
  }

  public void setConsent(PersonalData.Consent consent) {
    this.consent = consent;
  }

  public Role getProposeTo() {
    return proposeTo;
  }

  public void setProposeTo(Role proposeTo) {
    this.proposeTo = proposeTo;
  }

  public Long getCoverFileId() {
    return coverFileId;
  }

  public void setCoverFileId(Long coverFileId) {
    this.coverFileId = coverFileId;
  }

  public List<PostFileRow> getFiles() {
    return files;
  }

  public List<String> getRemoved() {
    return removed;
  }

  public UploadedFile getUpload() {
    return upload;
  }

  public void setUpload(UploadedFile upload) {
    this.upload = upload;
  }
}
