package th.go.sesaoret.servicedesk.request.application;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import th.go.sesaoret.servicedesk.audit.application.AuditActions;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry;
import th.go.sesaoret.servicedesk.catalog.domain.StepDefinition;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;

/**
 * A request's audit entries worded for its page, a page at a time (oldest first): three queries per
 * page whatever its size (entries, the request's step names, the people named). Each entry's action
 * comes from the actions every feature declares, so a service's own actions need nothing here.
 */
final class RequestHistory {
  private static final String SYSTEM = "system";

  private RequestHistory() {}

  static long count(EntityManager em, long requestId) {
    return em.createQuery("select count(e) from AuditEntry e where e.requestId = :id", Long.class)
        .setParameter("id", requestId)
        .getSingleResult();
  }

  static List<HistoryLine> page(
      EntityManager em, AuditActions actions, long requestId, Locale locale, int first, int size) {
    List<AuditEntry> entries =
        em.createQuery(
                "select e from AuditEntry e where e.requestId = :id order by e.occurredAt, e.id",
                AuditEntry.class)
            .setParameter("id", requestId)
            .setFirstResult(first)
            .setMaxResults(size)
            .getResultList();
    if (entries.isEmpty()) {
      return List.of();
    }
    Map<Integer, String> steps = new HashMap<>();
    em.createQuery(
            "select s.definition from StepInstance s where s.request.id = :id",
            StepDefinition.class)
        .setParameter("id", requestId)
        .getResultList()
        .forEach(d -> steps.put(d.order(), d.name(locale)));
    People people = People.of(em, entries.stream().map(AuditEntry::username).toList());
    return entries.stream().map(e -> line(e, actions, steps, people)).toList();
  }

  private static HistoryLine line(
      AuditEntry e, AuditActions actions, Map<Integer, String> steps, People people) {
    var action = actions.of(e.action()).orElse(null);
    boolean refused = e.isRefusal();
    Integer step = stepOf(e.before());
    Integer after = refused ? null : stepOf(e.after());
    return new HistoryLine(
        e.id(),
        e.occurredAt(),
        SYSTEM.equals(e.username()) ? null : people.as(e.username(), null),
        action,
        refused,
        step,
        step == null ? null : steps.get(step),
        statusOf(e.before()),
        refused ? null : statusOf(e.after()),
        after,
        after == null ? null : steps.get(after),
        refused || action == null ? null : action.note(e.detail()),
        refused ? e.refusalKey() : null,
        refused ? e.refusalArgs() : List.of());
  }

  /** "OPEN@3" → 3; "COMPLETED" → null. */
  static Integer stepOf(String state) {
    int at = state == null ? -1 : state.indexOf('@');
    if (at < 0) {
      return null;
    }
    try {
      return Integer.valueOf(state.substring(at + 1));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** "OPEN@3" → OPEN. */
  static RequestStatus statusOf(String state) {
    if (state == null || state.isBlank()) {
      return null;
    }
    String name = state.split("@", 2)[0];
    for (RequestStatus s : RequestStatus.values()) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    return null;
  }
}
