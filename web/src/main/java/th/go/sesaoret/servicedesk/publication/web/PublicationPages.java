package th.go.sesaoret.servicedesk.publication.web;

import jakarta.enterprise.context.ApplicationScoped;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.request.web.ServicePage;

/** The website publication's own pages: its form, its panels, its menu entries. */
@ApplicationScoped
public class PublicationPages implements ServicePage {
  @Override
  public ServiceCode service() {
    return ServiceCode.PUBLICATION;
  }

  @Override
  public String panel() {
    return "/WEB-INF/includes/publication-panel.xhtml";
  }

  @Override
  public String actions() {
    return "/WEB-INF/includes/publication-actions.xhtml";
  }

  @Override
  public String menu() {
    return "/WEB-INF/includes/publication-menu.xhtml";
  }

  @Override
  public String form() {
    return "/publication/form";
  }
}
