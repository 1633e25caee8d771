package th.go.sesaoret.servicedesk.security.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import th.go.sesaoret.servicedesk.security.application.AccessLog;
import th.go.sesaoret.servicedesk.security.domain.AccessLogEntry;
import th.go.sesaoret.servicedesk.shared.web.PagedModel;

/** The traffic log for the administrator (admin/access-log.xhtml): newest first, 25 a page. */
@Named
@ViewScoped
public class AccessLogBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private AccessLog accessLog;

  private final PagedModel<AccessLogEntry> model =
      new PagedModel<>(this::count, this::page, AccessLogEntry::id);

  private long count(String filter) {
    return accessLog.count();
  }

  private List<AccessLogEntry> page(String filter, int first, int size) {
    return accessLog.page(first, size);
  }

  public PagedModel<AccessLogEntry> getModel() {
    return model;
  }
}
