package th.go.sesaoret.servicedesk.catalog.domain;

import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * A service's code in the catalog (column {@code catalog_service.code}), e.g. {@code REPAIR}: an
 * open value, one interned instance per code. The catalog's services table and the registered
 * service plug-ins say which services there are; the three constants are the manual's services the
 * catalog was seeded with.
 */
public final class ServiceCode implements Serializable, Comparable<ServiceCode> {
  @Serial private static final long serialVersionUID = 1L;

  /** The longest code (the column's length). */
  public static final int MAX = 40;

  private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final ConcurrentMap<String, ServiceCode> CODES = new ConcurrentHashMap<>();

  public static final ServiceCode PUBLICATION = of("PUBLICATION");
  public static final ServiceCode VIDEO_CONFERENCE = of("VIDEO_CONFERENCE");
  public static final ServiceCode REPAIR = of("REPAIR");

  private final String code;

  private ServiceCode(String code) {
    this.code = code;
  }

  /**
   * The service of {@code code} (upper case letters, digits and {@code _}): from the catalog's rows
   * or a plug-in, never from a person's input (use {@link #known}).
   */
  public static ServiceCode of(String code) {
    if (code == null || code.length() > MAX || !FORM.matcher(code).matches()) {
      throw new IllegalArgumentException("not a service code: " + code);
    }
    return CODES.computeIfAbsent(code, ServiceCode::new);
  }

  /** The service of {@code code} if the catalog or a plug-in named it already: for input. */
  public static Optional<ServiceCode> known(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(CODES.get(code));
  }

  /** The code itself, e.g. {@code REPAIR} (as an enum's name, for the bundles' keys). */
  public String name() {
    return code;
  }

  @Override
  public String toString() {
    return code;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ServiceCode other && other.code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public int compareTo(ServiceCode other) {
    return code.compareTo(other.code);
  }

  @Serial
  private Object readResolve() {
    return of(code);
  }
}
