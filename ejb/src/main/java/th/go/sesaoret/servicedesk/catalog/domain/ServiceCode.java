package th.go.sesaoret.servicedesk.catalog.domain;

/** The three services of the manual, in its order. */
public enum ServiceCode implements OwnSteps {
  PUBLICATION,
  VIDEO_CONFERENCE,
  /** Filed on the repair form; steps 2-5 (intake, order, repair, report) act on its own screen. */
  REPAIR(2, 5);

  private final int ownFrom;
  private final int ownTo;

  ServiceCode() {
    this(0, -1);
  }

  ServiceCode(int ownFrom, int ownTo) {
    this.ownFrom = ownFrom;
    this.ownTo = ownTo;
  }

  /** True when the service has a form of its own: the general request form does not file it. */
  public boolean hasOwnForm() {
    return ownTo >= ownFrom;
  }

  @Override
  public boolean hasOwnActions(int order) {
    return order >= ownFrom && order <= ownTo;
  }
}
