package th.go.sesaoret.servicedesk.catalog.domain;

/**
 * What a service does itself at some of its steps, apart from the engine's generic actions: the
 * seam through which the request page and the step actions ask a service about its own steps (a
 * later issue widens it into plug-ins, one per service).
 */
public interface OwnSteps {
  /**
   * True when step {@code order} is completed or approved by the service's own actions (they keep
   * its details: a receipt number, an order, a work log), not by the general step actions.
   */
  boolean hasOwnActions(int order);

  /**
   * True when the request page shows the service's own panel for step {@code order} instead of the
   * generic one; that panel then also offers the engine's actions the step allows (return for
   * correction, a signed rejection).
   */
  default boolean hasOwnPanel(int order) {
    return hasOwnActions(order);
  }
}
