package th.go.sesaoret.servicedesk.satisfaction.application;

import static th.go.sesaoret.servicedesk.security.domain.Role.ADMIN_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.CLERK_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DEPUTY_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.GROUP_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.REQUESTER_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.STAFF_NAME;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import th.go.sesaoret.servicedesk.audit.application.AuditTrail;
import th.go.sesaoret.servicedesk.audit.domain.AuditEntry.Fact;
import th.go.sesaoret.servicedesk.catalog.domain.Service;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.request.domain.ServiceRequest;
import th.go.sesaoret.servicedesk.satisfaction.domain.Question;
import th.go.sesaoret.servicedesk.satisfaction.domain.SatisfactionAuditAction;
import th.go.sesaoret.servicedesk.satisfaction.domain.SurveyAnswer;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * The satisfaction survey after a finished request of any service (completed or rejected; not a
 * cancelled one): its requester answers it once, on the request's page. Anyone else, another
 * request, a second answer: refused with the same {@code satisfaction.notOffered}, whether the
 * request exists or not. The summaries are the database's aggregates.
 */
@Stateless
@DeclareRoles({
  REQUESTER_NAME,
  CLERK_NAME,
  STAFF_NAME,
  GROUP_DIRECTOR_NAME,
  DEPUTY_DIRECTOR_NAME,
  DIRECTOR_NAME,
  ADMIN_NAME
})
@RolesAllowed({
  REQUESTER_NAME,
  CLERK_NAME,
  STAFF_NAME,
  GROUP_DIRECTOR_NAME,
  DEPUTY_DIRECTOR_NAME,
  DIRECTOR_NAME,
  ADMIN_NAME
})
public class Satisfaction {
  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private Clock clock;
  @Inject private AuditTrail audit;

  /** The survey of request {@code requestId} as the caller sees it on its page. */
  public SurveyState state(long requestId) {
    ServiceRequest r = em.find(ServiceRequest.class, requestId);
    String me = session.getCallerPrincipal().getName();
    if (r == null || !r.isRequester(me) || !finished(r.status())) {
      return SurveyState.NONE;
    }
    return answerOf(requestId)
        .map(
            a -> {
              Map<Question, Integer> scores = new EnumMap<>(Question.class);
              for (Question q : Question.values()) {
                scores.put(q, a.score(q));
              }
              return new SurveyState(false, scores, a.comment());
            })
        .orElse(new SurveyState(true, null, null));
  }

  /** The requester's answer to the survey of their finished request. */
  public void answer(long requestId, Map<Question, Integer> scores, String comment, String ip) {
    SurveyState state = state(requestId);
    Fact fact =
        Fact.of(SatisfactionAuditAction.SATISFACTION_ANSWER.name(), null, "request " + requestId);
    if (!state.offered()) {
      audit.refused(ip, fact.detail("satisfaction.notOffered"));
      throw new BusinessException("satisfaction.notOffered");
    }
    ServiceRequest r = em.find(ServiceRequest.class, requestId);
    SurveyAnswer a =
        SurveyAnswer.of(
            requestId,
            r.version().service().code().toString(),
            r.requester(),
            scores,
            comment,
            clock.instant());
    em.persist(a);
    em.flush();
    audit.record(
        ip,
        Fact.of(SatisfactionAuditAction.SATISFACTION_ANSWER.name(), requestId, r.number())
            .detail("overall " + a.score(Question.OVERALL)));
  }

  /**
   * Each service's figures for the answers given from {@code start} to {@code end} (exclusive; 6
   * months: an ITA half; 12: the fiscal year), in the manual's order; a service without answers
   * shows zero. Counted by the day answered, so a period's published figures do not change once it
   * is over. The report passes its period's bounds: satisfaction knows no report.
   */
  @RolesAllowed({DIRECTOR_NAME, DEPUTY_DIRECTOR_NAME, GROUP_DIRECTOR_NAME, ADMIN_NAME})
  public List<SatisfactionSummary> summary(Instant start, Instant end, Locale locale) {
    Map<String, Object[]> rows = new LinkedHashMap<>();
    for (Object[] row :
        em.createQuery(
                "select a.serviceCode, count(a), avg(a.speed), avg(a.courtesy), avg(a.clarity),"
                    + " avg(a.result), avg(a.overall),"
                    + " sum(case when a.overall >= :satisfied then 1 else 0 end)"
                    + " from SurveyAnswer a where a.answeredAt >= :start and a.answeredAt < :end"
                    + " group by a.serviceCode",
                Object[].class)
            .setParameter("satisfied", SurveyAnswer.SATISFIED)
            .setParameter("start", start)
            .setParameter("end", end)
            .getResultList()) {
      rows.put((String) row[0], row);
    }
    return em
        .createQuery("select s from Service s order by s.manualOrder", Service.class)
        .getResultList()
        .stream()
        .map(
            s -> {
              Object[] r = rows.get(s.code().toString());
              return r == null
                  ? new SatisfactionSummary(
                      s.code().toString(), s.name(locale), 0, null, null, null, null, null, 0)
                  : new SatisfactionSummary(
                      s.code().toString(),
                      s.name(locale),
                      ((Number) r[1]).longValue(),
                      mean(r[2]),
                      mean(r[3]),
                      mean(r[4]),
                      mean(r[5]),
                      mean(r[6]),
                      r[7] == null ? 0 : ((Number) r[7]).longValue());
            })
        .toList();
  }

  private java.util.Optional<SurveyAnswer> answerOf(long requestId) {
    return em.createQuery(
            "select a from SurveyAnswer a where a.requestId = :id", SurveyAnswer.class)
        .setParameter("id", requestId)
        .getResultStream()
        .findFirst();
  }

  private static boolean finished(RequestStatus status) {
    return status == RequestStatus.COMPLETED || status == RequestStatus.REJECTED;
  }

  private static Double mean(Object value) {
    return value == null ? null : Math.round(((Number) value).doubleValue() * 100) / 100.0;
  }
}
