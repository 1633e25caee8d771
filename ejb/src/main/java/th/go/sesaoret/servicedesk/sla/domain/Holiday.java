package th.go.sesaoret.servicedesk.sla.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * A day in the holiday table an administrator keeps: the cabinet's list, substitution and special
 * days, and days listed although the office stays open (Labour Day). Holidays are data, not code,
 * because lunar dates move every year and the cabinet adds days at short notice.
 */
@Entity
@Cacheable
@Table(name = "holiday")
public class Holiday {
  static final int NAME_LENGTH = 300;
  static final int REFERENCE_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "holiday_date", nullable = false, unique = true, updatable = false)
  private LocalDate date;

  @Column(name = "name_th", nullable = false, length = NAME_LENGTH)
  private String nameTh;

  @Column(name = "name_en", nullable = false, length = NAME_LENGTH)
  private String nameEn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private HolidayKind kind;

  @Column(name = "office_closed", nullable = false)
  private boolean officeClosed;

  /** Computed or expected, not yet announced by the cabinet. */
  @Column(nullable = false)
  private boolean provisional;

  /** Where the day comes from, e.g. a cabinet resolution. */
  @Column(length = REFERENCE_LENGTH)
  private String reference;

  protected Holiday() {}

  public Holiday(LocalDate date, String nameTh, String nameEn, HolidayKind kind, boolean closed) {
    if (date == null) {
      throw new BusinessException("sla.holiday.dateRequired");
    }
    this.date = date;
    rename(nameTh, nameEn);
    classify(kind, closed);
  }

  public void rename(String nameTh, String nameEn) {
    this.nameTh = requiredName(nameTh, "sla.holiday.nameThRequired");
    this.nameEn = requiredName(nameEn, "sla.holiday.nameEnRequired");
  }

  /** Sets the kind and whether the office closes; a private-sector day never closes it. */
  public void classify(HolidayKind kind, boolean closed) {
    if (kind == null) {
      throw new BusinessException("sla.holiday.kindRequired");
    }
    if (closed && !kind.mayCloseOffice()) {
      throw new BusinessException("sla.holiday.privateSectorOnlyOpen");
    }
    this.kind = kind;
    this.officeClosed = closed;
  }

  /** Cites the source; a provisional day is one the cabinet has not announced yet. */
  public void cite(String reference, boolean provisional) {
    String text = reference == null || reference.isBlank() ? null : reference.strip();
    if (text != null && text.length() > REFERENCE_LENGTH) {
      throw new BusinessException("sla.holiday.referenceTooLong", REFERENCE_LENGTH);
    }
    this.reference = text;
    this.provisional = provisional;
  }

  /** The cabinet announced a provisional day: it becomes firm, citing the announcement. */
  public void confirm(String announcement) {
    if (!provisional) {
      throw new BusinessException("sla.holiday.alreadyConfirmed", date);
    }
    if (announcement == null || announcement.isBlank()) {
      throw new BusinessException("sla.holiday.referenceRequired");
    }
    cite(announcement, false);
  }

  private static String requiredName(String name, String key) {
    if (name == null || name.isBlank()) {
      throw new BusinessException(key);
    }
    String text = name.strip();
    if (text.length() > NAME_LENGTH) {
      throw new BusinessException("sla.holiday.nameTooLong", NAME_LENGTH);
    }
    return text;
  }

  public Long id() {
    return id;
  }

  public LocalDate date() {
    return date;
  }

  public String nameTh() {
    return nameTh;
  }

  public String nameEn() {
    return nameEn;
  }

  public HolidayKind kind() {
    return kind;
  }

  public boolean isOfficeClosed() {
    return officeClosed;
  }

  public boolean isProvisional() {
    return provisional;
  }

  public String reference() {
    return reference;
  }
}
