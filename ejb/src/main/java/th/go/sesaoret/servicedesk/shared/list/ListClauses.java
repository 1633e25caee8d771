package th.go.sesaoret.servicedesk.shared.list;

import jakarta.persistence.Parameter;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The where clause of a list query, built from fixed JPQL fragments and named parameters only
 * (never from the text a person typed). Binds to a query just the parameters it uses, so a count
 * and a page share one builder.
 */
public final class ListClauses {
  /**
   * The search: the request's number, its title or the requester's full name contains the text
   * (aliases {@code r} for the request and {@code p} for the requester's person, left-joined).
   */
  public static final String SEARCH =
      "(lower(r.number) like :q escape '!' or lower(r.title) like :q escape '!'"
          + " or lower(p.fullName) like :q escape '!')";

  private final StringBuilder where;
  private final Map<String, Object> params = new LinkedHashMap<>();

  public ListClauses(String baseWhere) {
    this.where = new StringBuilder(baseWhere);
  }

  /** The search, when the query has one. */
  public ListClauses search(ListQuery<?> query) {
    return search(query, SEARCH);
  }

  /** A search of the list's own fields; {@code clause} names the pattern {@code :q}. */
  public ListClauses search(ListQuery<?> query, String clause) {
    if (query.searches()) {
      and(clause);
      param("q", query.pattern());
    }
    return this;
  }

  public ListClauses and(String clause) {
    where.append(" and ").append(clause);
    return this;
  }

  public ListClauses param(String name, Object value) {
    params.put(name, value);
    return this;
  }

  public String where() {
    return where.toString();
  }

  /** Sets the parameters that {@code query} names (a count has fewer than its page). */
  public <T> TypedQuery<T> bind(TypedQuery<T> query) {
    Set<String> names =
        query.getParameters().stream().map(Parameter::getName).collect(Collectors.toSet());
    params.forEach(
        (name, value) -> {
          if (names.contains(name)) {
            query.setParameter(name, value);
          }
        });
    return query;
  }
}
