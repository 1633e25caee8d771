package th.go.sesaoret.servicedesk.shared.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Pages for anonymous readers keep no state: the manual, the sign-in page, error pages, and every
 * public page to come. Their views are transient (a postback rebuilds the view from the page), so
 * they put nothing in a session, and no session is created for them; a session starts when a person
 * signs in. The layout's {@code <f:view transient>} says so by the same rule (a stateless postback
 * is only restored when the rebuilt page makes its view transient); this listener marks the view as
 * soon as it exists, because PrimeFaces keeps its script nonce in the view's map, in the session,
 * unless the view is transient, and asks before the page's tags are applied.
 */
public class AnonymousViews implements PhaseListener {
  private static final long serialVersionUID = 1L;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // the view does not exist yet
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    UIViewRoot view = faces.getViewRoot();
    if (view != null && faces.getExternalContext().getUserPrincipal() == null) {
      view.setTransient(true);
    }
  }
}
