package th.go.sesaoret.servicedesk.repair.domain;

import java.io.Serializable;
import th.go.sesaoret.servicedesk.request.domain.Actor;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.request.domain.StepInstance;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * What one person may do on a repair now, for the screens (the services check again when it is
 * done): register or forward at intake, order at approval, accept / work / report as the
 * technician, confirm or reopen as the requester.
 */
public record RepairActions(
    boolean register,
    boolean forward,
    boolean order,
    boolean accept,
    boolean work,
    boolean held,
    boolean report,
    boolean confirm,
    boolean reopen)
    implements Serializable {

  public static RepairActions of(RepairJob job, Actor who) {
    ServiceRequest r = job.request();
    StepInstance step =
        r.status() == RequestStatus.OPEN
            ? r.currentStep().filter(StepInstance::isOpen).orElse(null)
            : null;
    String at = step == null ? "" : step.key();
    boolean paused = step != null && step.isPaused();
    boolean intake = at.equals(RepairJob.INTAKE) && !paused && who.mayActAs(Role.CLERK);
    boolean approval =
        at.equals(RepairJob.APPROVAL) && !paused && who.mayActAs(Role.GROUP_DIRECTOR);
    String me = who.username();
    boolean mine = step != null && me.equals(step.assignee());
    boolean repairing = at.equals(RepairJob.REPAIR);
    boolean accept =
        repairing
            && job.work().acceptedAt() == null
            && (mine || (step.assignee() == null && who.holds(Role.STAFF)));
    boolean work = repairing && mine && job.work().acceptedAt() != null;
    boolean requester = r.isRequester(me);
    return new RepairActions(
        intake && job.intake().receiptNumber() == null,
        intake && job.intake().receiptNumber() != null,
        approval,
        accept,
        work,
        work && paused,
        at.equals(RepairJob.REPORT) && mine,
        requester && job.confirmation().awaits(),
        requester && job.confirmation().mayReopen());
  }

  public boolean any() {
    return register || forward || order || accept || work || report || confirm || reopen;
  }
}
