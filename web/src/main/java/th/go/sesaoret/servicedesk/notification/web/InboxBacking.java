package th.go.sesaoret.servicedesk.notification.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import th.go.sesaoret.servicedesk.notification.application.Inbox;
import th.go.sesaoret.servicedesk.notification.domain.InboxEntry;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.web.Messages;
import th.go.sesaoret.servicedesk.shared.web.PagedModel;

/** The caller's notices (inbox.xhtml): newest first, 20 a page, marked read one by one or all. */
@Named
@ViewScoped
public class InboxBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private Inbox inbox;

  private final PagedModel<InboxEntry> model =
      new PagedModel<>(this::count, this::page, InboxEntry::id);

  private long count(String filter) {
    return inbox.count();
  }

  private List<InboxEntry> page(String filter, int first, int size) {
    return inbox.page(first, size);
  }

  public PagedModel<InboxEntry> getModel() {
    return model;
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
