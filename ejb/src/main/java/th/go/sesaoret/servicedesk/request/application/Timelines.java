package th.go.sesaoret.servicedesk.request.application;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import th.go.sesaoret.servicedesk.request.domain.Approval;
import th.go.sesaoret.servicedesk.request.domain.StepInstance;

/** A request's timeline and signatures, each in one query (definitions and steps fetched). */
final class Timelines {
  private Timelines() {}

  /** A feature's wording of a step by its order, or empty for the manual's words. */
  @FunctionalInterface
  interface Wording {
    Optional<String> name(int stepOrder);
  }

  static List<TimelineStep> of(EntityManager em, long requestId, Locale locale, Wording wording) {
    return em.createQuery(
            "select s from StepInstance s join fetch s.definition where s.request.id = :id"
                + " order by s.stepOrder",
            StepInstance.class)
        .setParameter("id", requestId)
        .getResultStream()
        .map(s -> step(s, locale, wording))
        .toList();
  }

  private static TimelineStep step(StepInstance s, Locale locale, Wording wording) {
    var d = s.definition();
    return new TimelineStep(
        s.id(),
        s.order(),
        wording.name(s.order()).orElseGet(() -> d.name(locale)),
        s.actingRole(),
        s.assignee(),
        d.standard().describe(locale),
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
        s.lateByMinutes());
  }

  static List<ApprovalInfo> approvals(EntityManager em, long requestId) {
    return em.createQuery(
            "select a from Approval a join fetch a.step where a.request.id = :id"
                + " order by a.approvedAt, a.id",
            Approval.class)
        .setParameter("id", requestId)
        .getResultStream()
        .map(
            a ->
                new ApprovalInfo(
                    a.step().order(),
                    a.approver(),
                    a.approvedAt(),
                    a.sourceIp(),
                    a.decision(),
                    a.actingFor(),
                    a.contentSha256(),
                    a.isVoid()))
        .toList();
  }
}
