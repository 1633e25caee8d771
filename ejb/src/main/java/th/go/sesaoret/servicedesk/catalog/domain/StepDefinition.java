package th.go.sesaoret.servicedesk.catalog.domain;

import jakarta.persistence.Cacheable;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Locale;
import th.go.sesaoret.servicedesk.security.domain.Role;

/** One step of a service version: who acts, and in what standard time. */
@Entity
@Cacheable
@Table(name = "catalog_step")
public class StepDefinition {
  /** The longest step key. */
  public static final int KEY_MAX = 60;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "version_id")
  private ServiceVersion version;

  @Column(name = "step_order", nullable = false)
  private int stepOrder;

  /** Stable within a service across versions (e.g. {@code repair.intake}); features use it. */
  @Column(name = "step_key", nullable = false, length = KEY_MAX)
  private String stepKey;

  @Column(name = "name_th", nullable = false)
  private String nameTh;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Enumerated(EnumType.STRING)
  @Column(name = "acting_role", nullable = false)
  private Role actingRole;

  @Embedded private TimeStandard standard;

  @Enumerated(EnumType.STRING)
  @Column(name = "time_basis", nullable = false)
  private TimeBasis timeBasis;

  protected StepDefinition() {}

  StepDefinition(
      int order,
      String key,
      String nameTh,
      String nameEn,
      Role actingRole,
      TimeStandard standard,
      TimeBasis timeBasis) {
    if (key == null || key.isBlank() || key.length() > KEY_MAX) {
      throw new IllegalArgumentException("a step needs a key of at most " + KEY_MAX + ": " + key);
    }
    this.stepOrder = order;
    this.stepKey = key;
    this.nameTh = nameTh;
    this.nameEn = nameEn;
    this.actingRole = actingRole;
    this.standard = standard;
    this.timeBasis = timeBasis;
  }

  /** The same step in another version, optionally with another standard. */
  StepDefinition copyFor(ServiceVersion target, TimeStandard newStandard) {
    StepDefinition copy =
        new StepDefinition(stepOrder, stepKey, nameTh, nameEn, actingRole, newStandard, timeBasis);
    copy.version = target;
    return copy;
  }

  void attachTo(ServiceVersion target) {
    this.version = target;
  }

  public Long id() {
    return id;
  }

  public int order() {
    return stepOrder;
  }

  /** The step's stable key, e.g. {@code repair.intake}: the same in every version. */
  public String key() {
    return stepKey;
  }

  public String name(Locale locale) {
    return Bilingual.pick(locale, nameTh, nameEn);
  }

  public Role actingRole() {
    return actingRole;
  }

  public TimeStandard standard() {
    return standard;
  }

  public TimeBasis timeBasis() {
    return timeBasis;
  }
}
