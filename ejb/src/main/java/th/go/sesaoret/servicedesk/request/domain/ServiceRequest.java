package th.go.sesaoret.servicedesk.request.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceVersion;
import th.go.sesaoret.servicedesk.catalog.domain.StepDefinition;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.sla.domain.BusinessCalendar;

/**
 * A filed request: its running number, the catalog version it runs on (frozen standards), who asked
 * (and the clerk who filed it for a walk-in requester), its content and its steps. Only the current
 * step acts; the step actions themselves are in {@link StepActing}, which works on this request.
 *
 * <p>Filing completes every leading step whose acting role is REQUESTER: the submission itself is
 * "preparing the content" and "filling in the form" (e.g. publication 1-2, conference 1).
 */
@Entity
@Table(name = "service_request")
public class ServiceRequest {
  static final int TITLE_MAX = 300;
  static final int DESCRIPTION_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_no", nullable = false, unique = true, updatable = false, length = 30)
  private String number;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "version_id", updatable = false)
  private ServiceVersion version;

  @Column(nullable = false, updatable = false, length = 60)
  private String requester;

  @Column(name = "filed_by", updatable = false, length = 60)
  private String filedBy;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Column(nullable = false, length = DESCRIPTION_MAX)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RequestStatus status;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  private Instant submittedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "current_step")
  private Integer currentStep;

  /**
   * The SHA-256 of the content a service keeps of its own besides title, description and
   * attachments (a post's text and files); part of what an approver signs. Null for none.
   */
  @Column(name = "service_sha256", length = 64)
  private String serviceSha256;

  @Version
  @Column(name = "opt_lock", nullable = false)
  private long optLock;

  @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
  @OrderBy("stepOrder")
  private List<StepInstance> steps = new ArrayList<>();

  @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<Attachment> attachments = new ArrayList<>();

  @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
  @OrderBy("approvedAt")
  private List<Approval> approvals = new ArrayList<>();

  protected ServiceRequest() {}

  /** Files a request on {@code version}: steps made, leading requester steps done, next started. */
  public static ServiceRequest file(
      ServiceVersion version,
      String number,
      String requester,
      String filedBy,
      Content content,
      Instant now,
      BusinessCalendar calendar) {
    return file(version, number, requester, filedBy, content, now, null, calendar);
  }

  /**
   * Files a request whose content was prepared before it was filed (a saved draft): the first
   * leading requester step ("prepare the content") ran from {@code preparedSince} (null, or not
   * before now: it starts now like the others).
   */
  public static ServiceRequest file(
      ServiceVersion version,
      String number,
      String requester,
      String filedBy,
      Content content,
      Instant now,
      Instant preparedSince,
      BusinessCalendar calendar) {
    ServiceRequest r = new ServiceRequest();
    r.number = number;
    r.version = version;
    r.requester = requester;
    r.filedBy = filedBy;
    r.status = RequestStatus.OPEN;
    r.submittedAt = now;
    r.write(content);
    content.attachments().forEach(r::attach);
    for (StepDefinition d : version.steps()) {
      r.steps.add(new StepInstance(r, d));
    }
    String doneBy = filedBy != null ? filedBy : requester;
    Instant since = preparedSince != null && preparedSince.isBefore(now) ? preparedSince : now;
    for (StepInstance s : r.steps) {
      if (s.actingRole() != Role.REQUESTER) {
        break;
      }
      s.start(s == r.steps.get(0) ? since : now, calendar);
      s.finish(StepOutcome.COMPLETED, doneBy, null, now, calendar);
      r.currentStep = s.order();
    }
    r.advance(now, calendar);
    return r;
  }

  private void write(Content content) {
    title = content.title();
    description = content.description();
  }

  private void attach(Attachment a) {
    a.attachTo(this);
    attachments.add(a);
  }

  /** Starts the step after the current one, or completes the request after the last. */
  void advance(Instant now, BusinessCalendar calendar) {
    int from = currentStep == null ? 0 : currentStep;
    Optional<StepInstance> next = steps.stream().filter(s -> s.order() > from).findFirst();
    if (next.isPresent()) {
      next.get().start(now, calendar);
      currentStep = next.get().order();
    } else {
      end(RequestStatus.COMPLETED, now);
    }
  }

  void end(RequestStatus how, Instant now) {
    status = how;
    finishedAt = now;
    currentStep = null;
  }

  void returned() {
    status = RequestStatus.RETURNED;
  }

  void reopened(int stepOrder) {
    status = RequestStatus.OPEN;
    finishedAt = null;
    currentStep = stepOrder;
  }

  /** Replaces title and description (a correction); attachments stay. */
  void rewrite(String newTitle, String newDescription) {
    write(new Content(newTitle, newDescription, List.of()));
  }

  Approval sign(StepInstance step, Actor who, String ip, ApprovalDecision decision, Instant now) {
    Approval a =
        new Approval(
            this,
            step,
            who.username(),
            now,
            ip,
            decision,
            who.actingFor(step.actingRole()),
            contentSha256());
    approvals.add(a);
    return a;
  }

  /**
   * Voids every approval given on other content than the current; returns the earliest step so
   * approved, or {@code from} when none is earlier.
   */
  StepInstance voidApprovalsOfOtherContent(StepInstance from, Instant now) {
    String digest = contentSha256();
    StepInstance back = from;
    for (Approval a : approvals) {
      if (a.counts() && !a.contentSha256().equals(digest)) {
        a.voidAt(now);
        // the request's own step, never the approval's (possibly lazy-proxied) reference to it
        StepInstance approved = step(a.step().order());
        back = approved.order() < back.order() ? approved : back;
      }
    }
    return back;
  }

  /**
   * SHA-256 of title, description, the attachments' hashes and the service's own content's hash
   * (when it keeps one): what an approver signs.
   */
  public String contentSha256() {
    List<String> parts = new ArrayList<>(attachments.stream().map(a -> a.sha256()).toList());
    if (serviceSha256 != null) {
      parts.add(serviceSha256);
    }
    return ContentDigest.of(title, description, parts);
  }

  /**
   * The hash of the service's own part of the content, given as the request is filed (in {@link
   * th.go.sesaoret.servicedesk.request.application.RequestSubmission.Details}); later changes go
   * through {@link StepActing#serviceContentChanged}.
   */
  public void describeService(String sha256) {
    if (!approvals.isEmpty()) {
      throw new IllegalStateException("the content of request " + number + " is signed already");
    }
    serviceSha256 = sha256;
  }

  void serviceContent(String sha256) {
    serviceSha256 = sha256;
  }

  /** The hash of the service's own part of the content, or null when it keeps none. */
  public String serviceSha256() {
    return serviceSha256;
  }

  /** The step that acts now, if the request is open or waiting for correction. */
  public Optional<StepInstance> currentStep() {
    return currentStep == null ? Optional.empty() : Optional.of(step(currentStep));
  }

  public StepInstance step(int order) {
    return steps.stream()
        .filter(s -> s.order() == order)
        .findFirst()
        .orElseThrow(() -> new BusinessException("request.step.notFound", order));
  }

  /** The step of stable key {@code key} (e.g. {@code publication.draft}). */
  public StepInstance step(String key) {
    return steps.stream()
        .filter(s -> s.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new BusinessException("request.step.notFound", key));
  }

  /** A short state for the audit trail, e.g. "OPEN@3". */
  public String state() {
    return currentStep == null ? status.name() : status.name() + "@" + currentStep;
  }

  public boolean isRequester(String username) {
    return requester.equals(username);
  }

  public Long id() {
    return id;
  }

  public String number() {
    return number;
  }

  public ServiceVersion version() {
    return version;
  }

  public String requester() {
    return requester;
  }

  public String filedBy() {
    return filedBy;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public RequestStatus status() {
    return status;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public List<StepInstance> steps() {
    return List.copyOf(steps);
  }

  public List<Attachment> attachments() {
    return List.copyOf(attachments);
  }

  public List<Approval> approvals() {
    return List.copyOf(approvals);
  }
}
