package th.go.sesaoret.servicedesk.notification.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import th.go.sesaoret.servicedesk.notification.application.Inbox;
import th.go.sesaoret.servicedesk.notification.application.InboxRow;
import th.go.sesaoret.servicedesk.notification.domain.NoticeText;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.web.LocaleBacking;
import th.go.sesaoret.servicedesk.shared.web.Messages;
import th.go.sesaoret.servicedesk.shared.web.PagedModel;

/** The caller's notices (inbox.xhtml): newest first, 20 a page, marked read one by one or all. */
@Named
@ViewScoped
public class InboxBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private Inbox inbox;

  private final PagedModel<InboxRow> model =
      new PagedModel<>(this::count, this::page, InboxRow::id);

  private long count(String filter) {
    return inbox.count();
  }

  private List<InboxRow> page(String filter, int first, int size) {
    return inbox.page(first, size);
  }

  public PagedModel<InboxRow> getModel() {
    return model;
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
