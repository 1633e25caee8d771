package th.go.sesaoret.servicedesk.report.application;

import java.io.Serial;
import java.io.Serializable;
import th.go.sesaoret.servicedesk.report.domain.StepFigures;

/**
 * One row of the compliance report: a step of a service as the manual states it (its name and
 * standard in the reader's language, the standard's office minutes) and what finished in the
 * period.
 */
public record ComplianceLine(
    String serviceCode,
    String serviceName,
    int stepOrder,
    String stepName,
    String standard,
    long standardMinutes,
    StepFigures figures)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  public String stepKey() {
    return figures.stepKey();
  }
}
