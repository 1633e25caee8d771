package th.go.sesaoret.servicedesk.repair.web;

import jakarta.enterprise.context.ApplicationScoped;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.request.web.ServicePage;

/** The repair service's own pages: its form, its panels on the request page, its menu entries. */
@ApplicationScoped
public class RepairPages implements ServicePage {
  @Override
  public ServiceCode service() {
    return ServiceCode.REPAIR;
  }

  @Override
  public String panel() {
    return "/WEB-INF/includes/repair-panel.xhtml";
  }

  @Override
  public String actions() {
    return "/WEB-INF/includes/repair-actions.xhtml";
  }

  @Override
  public String menu() {
    return "/WEB-INF/includes/repair-menu.xhtml";
  }

  @Override
  public String form() {
    return "/repairs/new";
  }
}
