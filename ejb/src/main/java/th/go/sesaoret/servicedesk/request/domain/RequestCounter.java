package th.go.sesaoret.servicedesk.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;

/**
 * The last running number given for one service in one Buddhist year. Read under a pessimistic
 * write lock, so two filings never get the same number; a new year starts at 1.
 */
@Entity
@Table(name = "request_counter")
public class RequestCounter {
  @EmbeddedId private Key key;

  @Column(name = "last_no", nullable = false)
  private int lastNo;

  protected RequestCounter() {}

  public RequestCounter(ServiceCode code, int buddhistYear) {
    this.key = new Key(code, buddhistYear);
  }

  /** A counter of its own, e.g. the receipts (เลขรับ) of the group's registry. */
  public RequestCounter(Key key) {
    this.key = key;
  }

  /** The next number, formatted as the office writes it: ซ.0001/2569. */
  public String next(String prefix) {
    lastNo++;
    return String.format("%s.%04d/%d", prefix, lastNo, key.buddhistYear);
  }

  /** The next registry number: 0001/2569. */
  public String nextPlain() {
    lastNo++;
    return String.format("%04d/%d", lastNo, key.buddhistYear);
  }

  public int lastNo() {
    return lastNo;
  }

  /** Service and Buddhist year: the counter's primary key. */
  @Embeddable
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "service_code", nullable = false, length = 40)
    private String serviceCode;

    @Column(name = "buddhist_year", nullable = false)
    private int buddhistYear;

    protected Key() {}

    public Key(ServiceCode code, int buddhistYear) {
      this(code.name(), buddhistYear);
    }

    public Key(String counterName, int buddhistYear) {
      this.serviceCode = counterName;
      this.buddhistYear = buddhistYear;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && k.serviceCode.equals(serviceCode)
          && k.buddhistYear == buddhistYear;
    }

    @Override
    public int hashCode() {
      return Objects.hash(serviceCode, buddhistYear);
    }
  }
}
