package th.go.sesaoret.servicedesk.shared.list;

import java.util.Locale;
import java.util.Optional;

/**
 * A sortable column of a list, as a constant of the list's own enum: the enum is the whitelist. A
 * key from a page ({@code "number"}, {@code "due"}) becomes a sort only when it names one of the
 * constants; the JPQL path it sorts by never comes from outside.
 */
public interface ListSort {
  /** The JPQL path the database sorts by. */
  String path();

  /**
   * True when the column may be empty (its nulls then sort last). A column that never is sorts by
   * the index's order both ways (PostgreSQL orders a descending column's nulls first).
   */
  default boolean nullable() {
    return true;
  }

  /** The key the page uses: the constant's name in lower case. */
  default String key() {
    return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
  }

  /**
   * The constant whose key is {@code key}, or empty for anything else (null, unknown, tampered).
   */
  static <S extends Enum<S> & ListSort> Optional<S> of(Class<S> type, String key) {
    if (key == null) {
      return Optional.empty();
    }
    for (S sort : type.getEnumConstants()) {
      if (sort.key().equals(key)) {
        return Optional.of(sort);
      }
    }
    return Optional.empty();
  }
}
