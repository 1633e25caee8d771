package th.go.sesaoret.servicedesk.repair.application;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import th.go.sesaoret.servicedesk.repair.domain.JobConfirmation;
import th.go.sesaoret.servicedesk.repair.domain.JobIntake;
import th.go.sesaoret.servicedesk.repair.domain.JobOrder;
import th.go.sesaoret.servicedesk.repair.domain.JobWork;
import th.go.sesaoret.servicedesk.repair.domain.RepairActions;
import th.go.sesaoret.servicedesk.repair.domain.RepairJob;
import th.go.sesaoret.servicedesk.repair.domain.WorkLogEntry;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.request.domain.StepInstance;

/** Reads a repair job, its four parts and its work log into the screen's {@link RepairView}. */
final class RepairViews {
  private RepairViews() {}

  /** Everyone the job names (technicians of the log, the clerk, the approver). */
  static Set<String> people(RepairJob job) {
    JobIntake in = job.intake();
    JobOrder o = job.ordered();
    Set<String> users = new HashSet<>();
    job.log().forEach(e -> users.add(e.technician()));
    for (String u : new String[] {o.technician(), in.receivedBy(), o.orderedBy()}) {
      if (u != null) {
        users.add(u);
      }
    }
    return users;
  }

  static RepairView of(RepairJob job, Map<String, String> names, RepairActions may) {
    ServiceRequest r = job.request();
    StepInstance step = r.currentStep().orElse(null);
    JobIntake in = job.intake();
    JobOrder o = job.ordered();
    JobWork w = job.work();
    JobConfirmation c = job.confirmation();
    List<WorkLogEntry> entries = job.log();
    List<WorkLogRow> log =
        entries.stream()
            .map(
                e ->
                    new WorkLogRow(
                        e.kind(),
                        e.loggedAt(),
                        e.technician(),
                        names.getOrDefault(e.technician(), e.technician()),
                        e.workDone(),
                        e.partsUsed(),
                        e.minutesSpent()))
            .toList();
    long minutes =
        entries.stream().mapToLong(e -> e.minutesSpent() == null ? 0 : e.minutesSpent()).sum();
    return new RepairView(
        r.id(),
        r.number(),
        r.status(),
        step == null ? null : step.order(),
        step == null ? null : step.dueAt(),
        in.kind(),
        in.equipmentType(),
        in.assetNumber(),
        in.serialNumber(),
        in.building(),
        in.room(),
        r.description(),
        in.urgency(),
        in.contactPhone(),
        in.channel(),
        in.receiptNumber(),
        in.receivedAt(),
        in.receivedBy(),
        in.forwardedTo(),
        o.technician(),
        name(names, o.technician()),
        o.vendor(),
        o.orderedBy(),
        o.orderedAt(),
        w.acceptedAt(),
        name(names, in.receivedBy()),
        name(names, o.orderedBy()),
        w.resolution(),
        w.resolutionNote(),
        w.resolvedAt(),
        w.report(),
        w.reportedAt(),
        c.state(),
        c.closeDueAt(),
        c.rating(),
        c.ratingComment(),
        c.closedAt(),
        c.reopenCount(),
        c.reopenReason(),
        minutes,
        log,
        may);
  }

  private static String name(Map<String, String> names, String username) {
    return username == null ? null : names.getOrDefault(username, username);
  }
}
