package th.go.sesaoret.servicedesk.repair.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import th.go.sesaoret.servicedesk.repair.application.RepairOrders;
import th.go.sesaoret.servicedesk.repair.application.RepairQueries;
import th.go.sesaoret.servicedesk.repair.application.RepairView;
import th.go.sesaoret.servicedesk.repair.application.TechnicianLoad;
import th.go.sesaoret.servicedesk.repair.domain.Labelled;
import th.go.sesaoret.servicedesk.repair.domain.Urgency;
import th.go.sesaoret.servicedesk.request.web.RequestViewBacking;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.Wording;
import th.go.sesaoret.servicedesk.shared.web.Callers;
import th.go.sesaoret.servicedesk.shared.web.LocaleBacking;

/**
 * The repair panel of a request's page (WEB-INF/includes/repair-panel.xhtml): the repair's own part
 * as {@link RepairQueries#job} gives it, and what the viewer may do now. The actions are in {@link
 * RepairActionsBacking}.
 */
@Named
@ViewScoped
public class RepairBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private RepairQueries queries;
  @EJB private RepairOrders orders;
  @Inject private RequestViewBacking request;
  @Inject private LocaleBacking locale;

  private RepairView job;
  private boolean loaded;
  private transient List<TechnicianLoad> load;

  /**
   * The repair's part, loaded once per view and again after each action (the request page includes
   * the repair's panels only for a repair, through {@link RepairPages}).
   */
  public RepairView getJob() {
    if (!loaded && request.getDetail() != null) {
      loaded = true;
      try {
        job = queries.job(request.getDetail().id(), locale.getLocale(), Callers.ip());
      } catch (BusinessException e) {
        // the page already showed the request, so the caller may see it: a repair request without
        // a repair part (filed before the repair form existed) keeps only the generic panel
        job = null;
      }
    }
    return job;
  }

  /** After an action: the request and its repair as they are now. */
  void reload() {
    loaded = false;
    job = null;
    load = null;
    request.load();
  }

  /** The technicians and the jobs on their desks, for the order (approval step only). */
  public List<TechnicianLoad> getTechnicianLoad() {
    if (load == null) {
      RepairView v = getJob();
      load = v != null && v.may().order() ? orders.technicianLoad() : List.of();
    }
    return load;
  }

  /** A repair word in the viewer's language (bundle {@code repair_th/_en}). */
  public String label(Labelled word) {
    return word == null
        ? ""
        : Wording.of(Labelled.BUNDLE, locale.getLocale()).text(word.labelKey());
  }

  public String urgencySeverity(Urgency urgency) {
    if (urgency == null || urgency == Urgency.NORMAL) {
      return "info";
    }
    return urgency == Urgency.URGENT ? "warning" : "danger";
  }

  public long getMinutesLogged() {
    RepairView v = getJob();
    return v == null ? 0 : v.minutesLogged();
  }
}
