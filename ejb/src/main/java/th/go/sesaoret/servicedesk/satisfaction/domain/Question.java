package th.go.sesaoret.servicedesk.satisfaction.domain;

/**
 * The survey's questions, the ones Thai offices ask; labels {@code satisfaction.question.<NAME>} in
 * the pages' bundle.
 */
public enum Question {
  SPEED,
  COURTESY,
  CLARITY,
  RESULT,
  OVERALL;

  public String labelKey() {
    return "satisfaction.question." + name();
  }
}
