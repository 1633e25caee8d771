package th.go.sesaoret.servicedesk.catalog.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Locale;

/** A law or plan the manual names for a service (กฎหมายที่เกี่ยวข้อง). */
@Entity
@Cacheable
@Table(name = "catalog_law")
public class RelatedLaw {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "service_id")
  private Service service;

  @Column(name = "law_order", nullable = false)
  private int lawOrder;

  @Column(name = "text_th", nullable = false)
  private String textTh;

  @Column(name = "text_en", nullable = false)
  private String textEn;

  protected RelatedLaw() {}

  public Service service() {
    return service;
  }

  public int order() {
    return lawOrder;
  }

  public String text(Locale locale) {
    return Bilingual.pick(locale, textTh, textEn);
  }
}
