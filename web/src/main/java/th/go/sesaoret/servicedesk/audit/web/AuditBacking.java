package th.go.sesaoret.servicedesk.audit.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import th.go.sesaoret.servicedesk.audit.application.AuditActions;
import th.go.sesaoret.servicedesk.audit.application.AuditSearch;
import th.go.sesaoret.servicedesk.audit.application.AuditTrail;
import th.go.sesaoret.servicedesk.audit.domain.AuditAction;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry;
import th.go.sesaoret.servicedesk.export.domain.Column;
import th.go.sesaoret.servicedesk.export.web.ListExports;
import th.go.sesaoret.servicedesk.shared.OfficeTime;
import th.go.sesaoret.servicedesk.shared.web.Messages;
import th.go.sesaoret.servicedesk.shared.web.PagedModel;

/** The administrator's search of the audit trail (admin/audit.xhtml): newest first, 25 a page. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private AuditTrail trail;
  @Inject private AuditActions actions;
  @Inject private ListExports exports;

  private String username;
  private String action;
  private LocalDate from;
  private LocalDate to;
  private AuditSearch criteria = new AuditSearch(null, null, null, null);

  private final PagedModel<AuditEntry> model =
      new PagedModel<>(this::count, this::page, AuditEntry::id);

  private long count(String filter) {
    return trail.count(criteria);
  }

  private List<AuditEntry> page(String filter, int first, int size) {
    return trail.search(criteria, first, size);
  }

  /** Applies the form's criteria; the table then reloads from its first page. */
  public void search() {
    Instant start = from == null ? null : from.atStartOfDay(OfficeTime.ZONE).toInstant();
    Instant end = to == null ? null : to.plusDays(1).atStartOfDay(OfficeTime.ZONE).toInstant();
    criteria = new AuditSearch(blankToNull(username), blankToNull(action), start, end);
  }

  public void clear() {
    username = null;
    action = null;
    from = null;
    to = null;
    criteria = new AuditSearch(null, null, null, null);
  }

  /** The action's label from the bundle (its feature's key), or the raw code when it has none. */
  public String actionLabel(String code) {
    if (code == null) {
      return "";
    }
    String key = actions.of(code).map(AuditAction::labelKey).orElse(null);
    String text = key == null ? null : Messages.text(key);
    return text == null || text.equals(key) ? code : text;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** Suggestions for the action field: the known actions that contain the typed text. */
  public List<String> completeAction(String query) {
    String q = query == null ? "" : query.strip().toUpperCase(java.util.Locale.ROOT);
    return getActions().stream().filter(a -> a.contains(q)).toList();
  }

  /** The actions the code records (every feature's); the field also takes any other as text. */
  public List<String> getActions() {
    return actions.codes();
  }

  public PagedModel<AuditEntry> getModel() {
    return model;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  /**
   * The entries the search found, newest first, as a file ({@code xlsx}, {@code csv}, {@code pdf}),
   * read from the trail {@code 50} at a time, at most {@link ListExports#MAX_ROWS}.
   */
  public void export(String format) throws IOException {
    AuditSearch c = criteria;
    List<String> facts = new ArrayList<>();
    if (username != null && !username.isBlank()) {
      facts.add(Messages.text("security.username") + ": " + username.strip());
    }
    if (action != null && !action.isBlank()) {
      facts.add(Messages.text("admin.audit.action") + ": " + action.strip());
    }
    if (from != null) {
      facts.add(Messages.text("admin.audit.from") + ": " + from);
    }
    if (to != null) {
      facts.add(Messages.text("admin.audit.to") + ": " + to);
    }
    long total = trail.count(c);
    exports.send(
        format,
        "admin.audit.title",
        "audit",
        facts,
        total,
        ListExports.paged(
            (first, size) -> trail.search(c, first, size), Math.min(total, ListExports.MAX_ROWS)),
        List.of(
            Column.dateTime(Messages.text("admin.accessLog.time"), AuditEntry::occurredAt),
            Column.text(Messages.text("security.username"), 1.4f, AuditEntry::username),
            Column.text(Messages.text("admin.accessLog.sourceIp"), 1.4f, AuditEntry::sourceIp),
            Column.text(
                Messages.text("admin.audit.action"),
                2.4f,
                (AuditEntry e) -> actionLabel(e.action())),
            Column.integer(Messages.text("admin.audit.request"), AuditEntry::requestId),
            Column.text(Messages.text("admin.audit.target"), 2, AuditEntry::target),
            Column.text(
                Messages.text("admin.audit.change"),
                1.6f,
                (AuditEntry e) ->
                    e.before() == null && e.after() == null
                        ? null
                        : (e.before() == null ? "" : e.before())
                            + " → "
                            + (e.after() == null ? "" : e.after())),
            Column.text(Messages.text("admin.audit.detail"), 3, AuditEntry::detail)));
  }
}
