package th.go.sesaoret.servicedesk.request.application;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import th.go.sesaoret.servicedesk.audit.application.AuditActions;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;

/**
 * A request's audit entries as lines of its page, a page at a time (oldest first): three reads per
 * page whatever its size (entries, the request's step names, the people named; {@link
 * RequestReads}). Each entry's action comes from the actions every feature declares, so a service's
 * own actions need nothing here.
 */
final class RequestHistory {
  private static final String SYSTEM = "system";

  private RequestHistory() {}

  static List<HistoryLine> page(
      RequestReads reads,
      AuditActions actions,
      long requestId,
      Locale locale,
      int first,
      int size) {
    List<AuditEntry> entries = reads.history(requestId, first, size);
    if (entries.isEmpty()) {
      return List.of();
    }
    Map<Integer, String> steps = new HashMap<>();
    reads.stepDefinitions(requestId).forEach(d -> steps.put(d.order(), d.name(locale)));
    People people = reads.people(entries.stream().map(AuditEntry::username).toList());
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
