package th.go.sesaoret.servicedesk.notification.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.notification.application.Inbox;
import th.go.sesaoret.servicedesk.notification.application.InboxSort;
import th.go.sesaoret.servicedesk.notification.domain.InboxEntry;
import th.go.sesaoret.servicedesk.request.application.ListPage;
import th.go.sesaoret.servicedesk.request.application.ListQuery;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.web.ListFilters;
import th.go.sesaoret.servicedesk.shared.web.ListModel;
import th.go.sesaoret.servicedesk.shared.web.Messages;

/**
 * The caller's notices (inbox.xhtml): searched, filtered, sorted and paged by the database (newest
 * first by default), marked read one by one or all; those that still wait for the reader marked.
 */
@Named
@ViewScoped
public class InboxBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private Inbox inbox;

  private final ListFilters filters = new ListFilters(RequestStatus.class);
  private final ListModel<InboxEntry, InboxSort> model =
      new ListModel<>(
          InboxSort.class,
          () -> filters.query(InboxSort.TIME, false),
          query -> inbox.count(query),
          this::page,
          InboxEntry::id);
  private Set<Long> waiting = Set.of();

  private List<InboxEntry> page(ListQuery<InboxSort> query, ListPage page) {
    List<InboxEntry> entries = inbox.page(query, page);
    waiting = inbox.waiting(entries.stream().map(InboxEntry::id).toList());
    return entries;
  }

  public ListModel<InboxEntry, InboxSort> getModel() {
    return model;
  }

  public ListFilters getFilters() {
    return filters;
  }

  public List<ServiceCode> getServices() {
    return List.of(ServiceCode.values());
  }

  public List<RequestStatus> getStates() {
    return List.of(RequestStatus.values());
  }

  /** True when the notice asks the reader for an action that still waits. */
  public boolean waiting(InboxEntry entry) {
    return waiting.contains(entry.id());
  }

  /** The notice in the reader's language. */
  public String text(InboxEntry entry) {
    return Messages.text(
        "notification.kind." + entry.kind().name(),
        entry.requestNumber(),
        String.valueOf(entry.stepOrder()));
  }

  public void markRead(InboxEntry entry) {
    try {
      inbox.markRead(entry.id());
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public void markAllRead() {
    Messages.info("notification.inbox.markedAll", inbox.markAllRead());
  }
}
