package th.go.sesaoret.servicedesk.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import th.go.sesaoret.servicedesk.notification.application.Inbox;
import th.go.sesaoret.servicedesk.notification.application.InboxRow;
import th.go.sesaoret.servicedesk.notification.application.InboxSort;
import th.go.sesaoret.servicedesk.notification.application.RequestStates;
import th.go.sesaoret.servicedesk.notification.domain.NoticeText;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.web.ListFilters;
import th.go.sesaoret.servicedesk.shared.web.ListModel;
import th.go.sesaoret.servicedesk.shared.web.LocaleBacking;
import th.go.sesaoret.servicedesk.shared.web.Messages;

/**
 * The caller's notices (inbox.xhtml): searched, filtered, sorted and paged by the database (newest
 * first by default), marked read one by one or all; those that still wait for the reader marked,
 * those someone already acted on say who.
 */
@Named
@ViewScoped
public class InboxBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private Inbox inbox;
  @Inject private RequestStates states;

  private ListFilters filters;
  private final ListModel<InboxRow, InboxSort> model =
      new ListModel<>(
          InboxSort.class,
          () -> filters.query(InboxSort.TIME, false),
          query -> inbox.count(query),
          (query, page) -> inbox.page(query, page),
          InboxRow::id);

  @PostConstruct
  void init() {
    filters = new ListFilters(states.type());
  }

  public ListModel<InboxRow, InboxSort> getModel() {
    return model;
  }

  public ListFilters getFilters() {
    return filters;
  }

  /** True when the notice asks the reader for an action that still waits. */
  public boolean waiting(InboxRow row) {
    return row.waiting();
  }

  /** The notice in the reader's language: the same words as its e-mail (bundle notices_*). */
  public String text(InboxRow row) {
    return NoticeText.what(
        row.kind(),
        row.requestNumber(),
        row.stepOrder(),
        CDI.current().select(LocaleBacking.class).get().getLocale());
  }

  /** "Already handled by <full name> (<position>)" for a notice someone else acted on. */
  public String handledBy(InboxRow row) {
    String position = row.handledAs() == null ? "" : Messages.text("role." + row.handledAs());
    return row.handledByName() == null
        ? Messages.text("notification.inbox.handledAs", position)
        : Messages.text("notification.inbox.handledBy", row.handledByName(), position);
  }

  public void markRead(InboxRow row) {
    try {
      inbox.markRead(row.id());
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public void markAllRead() {
    Messages.info("notification.inbox.markedAll", inbox.markAllRead());
  }
}
