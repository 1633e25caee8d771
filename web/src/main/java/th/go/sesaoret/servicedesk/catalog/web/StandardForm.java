package th.go.sesaoret.servicedesk.catalog.web;

import java.io.Serializable;
import th.go.sesaoret.servicedesk.catalog.application.ServiceStandards;
import th.go.sesaoret.servicedesk.catalog.application.StandardStep;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.catalog.domain.StandardUnit;
import th.go.sesaoret.servicedesk.catalog.domain.TimeStandard;

/** What the "edit standard" dialog edits: one step of the version the administrator saw. */
public class StandardForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private ServiceCode code;
  private int seenVersionNo;
  private int stepOrder;
  private Integer min;
  private Integer max;
  private StandardUnit unit;
  private String note;

  static StandardForm of(ServiceStandards service, StandardStep step) {
    StandardForm form = new StandardForm();
    TimeStandard standard = step.standard();
    form.code = service.code();
    form.seenVersionNo = service.versionNo();
    form.stepOrder = step.order();
    form.min = standard.min();
    form.max = standard.isRange() ? standard.max() : null;
    form.unit = standard.unit();
    return form;
  }

  public ServiceCode getCode() {
    return code;
  }

  public int getSeenVersionNo() {
    return seenVersionNo;
  }

  public int getStepOrder() {
    return stepOrder;
  }

  public Integer getMin() {
    return min;
  }

  public void setMin(Integer min) {
    this.min = min;
  }

  public Integer getMax() {
    return max;
  }

  public void setMax(Integer max) {
    this.max = max;
  }

  public StandardUnit getUnit() {
    return unit;
  }

  public void setUnit(StandardUnit unit) {
    this.unit = unit;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
