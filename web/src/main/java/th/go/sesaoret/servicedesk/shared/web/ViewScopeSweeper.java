package th.go.sesaoret.servicedesk.shared.web;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpSession;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Keeps a session's view-scoped bookkeeping as small as its views. Mojarra (4.0.13) keeps the
 * view-scoped beans of the last {@code com.sun.faces.numberOfActiveViewMaps} views and destroys the
 * beans of an older view, but leaves that view's entry in its map of CDI view scope contexts: one
 * entry (some 400 bytes) per page view with a view-scoped bean, kept until the session ends. After
 * each rendered page this drops the entries of views whose map Mojarra has already let go. Nothing
 * happens without a session, or when a later Mojarra names its maps otherwise.
 */
public class ViewScopeSweeper implements PhaseListener {
  private static final long serialVersionUID = 1L;
  static final String VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";
  static final String VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RENDER_RESPONSE;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // views are created and evicted while the page renders
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    Object session = event.getFacesContext().getExternalContext().getSession(false);
    if (session instanceof HttpSession http) {
      sweep(http.getAttribute(VIEW_MAPS), http.getAttribute(VIEW_CONTEXTS));
    }
  }

  /** Drops the contexts of view maps no longer active. */
  static void sweep(Object viewMaps, Object contexts) {
    if (!(viewMaps instanceof Map<?, ?> maps) || !(contexts instanceof Map<?, ?> byView)) {
      return;
    }
    Set<Object> active;
    synchronized (maps) { // a synchronized LRU map: its views are read under its own lock
      active = new HashSet<>(maps.keySet());
    }
    byView.keySet().retainAll(active);
  }
}
