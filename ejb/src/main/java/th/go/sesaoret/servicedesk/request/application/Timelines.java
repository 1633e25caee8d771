package th.go.sesaoret.servicedesk.request.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import th.go.sesaoret.servicedesk.request.domain.Approval;
import th.go.sesaoret.servicedesk.request.domain.StepInstance;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * A request's timeline and signatures as its page shows them, from the steps and approvals {@link
 * RequestReads} gives (definitions and steps fetched), the people on them named by {@link People}.
 */
final class Timelines {
  private Timelines() {}

  /** A service's wording of a step by its key, or empty for the manual's words. */
  @FunctionalInterface
  interface Wording {
    Optional<String> name(String stepKey);
  }

  /** Everyone the steps and signatures name. */
  static List<String> usernames(List<StepInstance> steps, List<Approval> approvals) {
    List<String> names = new ArrayList<>();
    steps.forEach(
        s -> {
          names.add(s.actor());
          names.add(s.assignee());
        });
    approvals.forEach(a -> names.add(a.approver()));
    return names;
  }

  static List<TimelineStep> of(
      List<StepInstance> steps, Locale locale, People people, Wording wording) {
    return steps.stream().map(s -> step(s, locale, people, wording)).toList();
  }

  private static TimelineStep step(StepInstance s, Locale locale, People people, Wording wording) {
    var d = s.definition();
    return new TimelineStep(
        s.id(),
        s.order(),
        wording.name(s.key()).orElseGet(() -> d.name(locale)),
        s.actingRole(),
        s.assignee(),
        d.standard(),
        d.timeBasis(),
        s.round(),
        s.startedAt(),
        s.dueAt(),
        s.finishedAt(),
        s.outcome(),
        s.actor(),
        s.comment(),
        s.isPaused(),
        s.onTime(),
        s.lateByMinutes(),
        people.as(s.actor(), s.actingRole()),
        people.as(s.assignee(), s.actingRole()));
  }

  static List<ApprovalInfo> signatures(List<Approval> approvals, People people) {
    return approvals.stream()
        .map(
            a -> {
              Role role = a.step().actingRole();
              return new ApprovalInfo(
                  a.step().order(),
                  a.approver(),
                  a.approvedAt(),
                  a.sourceIp(),
                  a.decision(),
                  a.actingFor(),
                  a.contentSha256(),
                  a.isVoid(),
                  people.as(a.approver(), a.actingFor() != null ? a.actingFor() : role));
            })
        .toList();
  }
}
