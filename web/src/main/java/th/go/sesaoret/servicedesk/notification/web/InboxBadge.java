package th.go.sesaoret.servicedesk.notification.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import th.go.sesaoret.servicedesk.notification.application.Inbox;

/** The caller's unread notices in the header, counted once per request. */
@Named
@RequestScoped
public class InboxBadge {
  @EJB private Inbox inbox;
  private Long unread;

  public long getUnread() {
    if (unread == null) {
      unread = inbox.unreadCount();
    }
    return unread;
  }
}
