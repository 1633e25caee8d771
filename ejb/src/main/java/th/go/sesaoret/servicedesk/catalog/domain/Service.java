package th.go.sesaoret.servicedesk.catalog.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/** One service of the manual: what it is called, where and for what fee it is given. */
@Entity
@Cacheable
@Table(name = "catalog_service")
public class Service {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = ServiceCode.MAX)
  private ServiceCode code;

  @Column(name = "manual_order", nullable = false)
  private int manualOrder;

  @Column(name = "name_th", nullable = false)
  private String nameTh;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(name = "channel_th", nullable = false)
  private String channelTh;

  @Column(name = "channel_en", nullable = false)
  private String channelEn;

  @Column(name = "fee_th", nullable = false)
  private String feeTh;

  @Column(name = "fee_en", nullable = false)
  private String feeEn;

  @Column(name = "documents_th", nullable = false)
  private String documentsTh;

  @Column(name = "documents_en", nullable = false)
  private String documentsEn;

  /** First letter of a request's running number, e.g. "ซ" for repairs (ซ.0001/2569). */
  @Column(name = "number_prefix", nullable = false)
  private String numberPrefix;

  @OneToMany(mappedBy = "service")
  @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
  @OrderBy("lawOrder")
  private List<RelatedLaw> laws = new ArrayList<>();

  protected Service() {}

  public Long id() {
    return id;
  }

  public ServiceCode code() {
    return code;
  }

  public int manualOrder() {
    return manualOrder;
  }

  public String name(Locale locale) {
    return Bilingual.pick(locale, nameTh, nameEn);
  }

  public String channel(Locale locale) {
    return Bilingual.pick(locale, channelTh, channelEn);
  }

  /** The fee, written out ("ไม่มี"), never blank. */
  public String fee(Locale locale) {
    return Bilingual.pick(locale, feeTh, feeEn);
  }

  /** Documents required, written out even when none. */
  public String documents(Locale locale) {
    return Bilingual.pick(locale, documentsTh, documentsEn);
  }

  public String numberPrefix() {
    return numberPrefix;
  }

  public List<RelatedLaw> laws() {
    return List.copyOf(laws);
  }
}
