package th.go.sesaoret.servicedesk.catalog.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * A frozen version of a service's steps and standards. Requests are created from the current
 * version and keep pointing at it; changing a standard makes a new version, so a request already
 * filed keeps the standards it was filed under.
 */
@Entity
@Cacheable
@Table(name = "catalog_service_version")
public class ServiceVersion {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "service_id")
  private Service service;

  @Column(name = "version_no", nullable = false)
  private int versionNo;

  @Column(name = "is_current", nullable = false)
  private boolean current;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "change_note")
  private String changeNote;

  @Version
  @Column(name = "opt_lock", nullable = false)
  private long optLock;

  @OneToMany(mappedBy = "version", cascade = CascadeType.PERSIST)
  @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
  @OrderBy("stepOrder")
  private List<StepDefinition> steps = new ArrayList<>();

  protected ServiceVersion() {}

  public Long id() {
    return id;
  }

  public Service service() {
    return service;
  }

  public int versionNo() {
    return versionNo;
  }

  public boolean isCurrent() {
    return current;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public String changeNote() {
    return changeNote;
  }

  public List<StepDefinition> steps() {
    return List.copyOf(steps);
  }

  public StepDefinition step(int order) {
    return steps.stream()
        .filter(s -> s.order() == order)
        .findFirst()
        .orElseThrow(() -> new BusinessException("catalog.step.notFound", order));
  }

  public StandardTotal total() {
    return StandardTotal.of(steps.stream().map(StepDefinition::standard).toList());
  }

  /**
   * The next version, equal to this one but for one step's standard. This version stops being
   * current; it is never changed otherwise.
   */
  public ServiceVersion withStandard(
      int stepOrder, TimeStandard standard, String actor, String note, Instant at) {
    if (!current) {
      throw new BusinessException("catalog.version.notCurrent", versionNo);
    }
    StepDefinition changed = step(stepOrder);
    if (changed.standard().equals(standard)) {
      throw new BusinessException("catalog.standard.unchanged");
    }
    ServiceVersion next = new ServiceVersion();
    next.service = service;
    next.versionNo = versionNo + 1;
    next.current = true;
    next.createdAt = at;
    next.createdBy = actor;
    next.changeNote = note;
    for (StepDefinition s : steps) {
      next.steps.add(s.copyFor(next, s == changed ? standard : s.standard()));
    }
    current = false;
    return next;
  }

  /** For building a version in memory (tests, seeding). */
  public static ServiceVersion draft(int versionNo, String actor, Instant at) {
    ServiceVersion v = new ServiceVersion();
    v.versionNo = versionNo;
    v.current = true;
    v.createdAt = at;
    v.createdBy = actor;
    return v;
  }

  public ServiceVersion addStep(
      String key, String nameTh, String nameEn, Role role, TimeStandard standard, TimeBasis basis) {
    StepDefinition step =
        new StepDefinition(steps.size() + 1, key, nameTh, nameEn, role, standard, basis);
    step.attachTo(this);
    steps.add(step);
    return this;
  }
}
