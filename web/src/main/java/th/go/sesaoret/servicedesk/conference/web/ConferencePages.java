package th.go.sesaoret.servicedesk.conference.web;

import jakarta.enterprise.context.ApplicationScoped;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.request.web.ServicePage;

/** The video-conference service's own pages: its form, its panels, its menu entries. */
@ApplicationScoped
public class ConferencePages implements ServicePage {
  @Override
  public ServiceCode service() {
    return ServiceCode.VIDEO_CONFERENCE;
  }

  @Override
  public String panel() {
    return "/WEB-INF/includes/conference-panel.xhtml";
  }

  @Override
  public String actions() {
    return "/WEB-INF/includes/conference-actions.xhtml";
  }

  @Override
  public String menu() {
    return "/WEB-INF/includes/conference-menu.xhtml";
  }

  @Override
  public String form() {
    return "/conference/book";
  }
}
