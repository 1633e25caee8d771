package th.go.sesaoret.servicedesk.audit.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the administrator searches the audit trail by; null or blank means "any". Values are always
 * bound as parameters, never written into the query text.
 */
public record AuditSearch(String username, String action, Instant from, Instant to)
    implements Serializable {

  <T> TypedQuery<T> apply(EntityManager em, String select, String order, Class<T> type) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new LinkedHashMap<>();
    if (username != null && !username.isBlank()) {
      where.add("e.username = :username");
      params.put("username", username.strip().toLowerCase(java.util.Locale.ROOT));
    }
    if (action != null && !action.isBlank()) {
      where.add("e.action = :action");
      params.put("action", action.strip());
    }
    if (from != null) {
      where.add("e.occurredAt >= :from");
      params.put("from", from);
    }
    if (to != null) {
      where.add("e.occurredAt < :to");
      params.put("to", to);
    }
    String jpql = select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order;
    TypedQuery<T> query = em.createQuery(jpql, type);
    params.forEach(query::setParameter);
    return query;
  }
}
