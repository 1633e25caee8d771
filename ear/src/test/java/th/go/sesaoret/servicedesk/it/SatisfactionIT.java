package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.go.sesaoret.servicedesk.report.domain.ReportPeriod;
import th.go.sesaoret.servicedesk.satisfaction.application.Satisfaction;
import th.go.sesaoret.servicedesk.satisfaction.application.SatisfactionSummary;
import th.go.sesaoret.servicedesk.satisfaction.application.SurveyState;
import th.go.sesaoret.servicedesk.satisfaction.domain.Question;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.OfficeTime;

/**
 * The satisfaction survey (issue 13, H4): offered to the requester of a finished request of any
 * service, answered once; nobody else, no cancelled request; the fiscal year's summary per service
 * counts it (means and the share satisfied, by hand below).
 */
@ExtendWith(ArquillianExtension.class)
class SatisfactionIT {
  private static final String IP = "192.0.2.13";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(SatisfactionIT.class, ReportFixture.class);
  }

  @Inject Satisfaction satisfaction;
  @Inject ReportFixture fixture;
  @Inject AsRequester requester;
  @Inject AsOtherRequester other;
  @Inject AsDirector director;

  private long finished(String service) {
    Instant now = Instant.now();
    return fixture.request(
        service,
        "SAT-IT-" + System.nanoTime(),
        "survey test",
        new ReportFixture.Step(
            service.equals("REPAIR") ? "repair.intake" : "conference.arrange",
            now.minusSeconds(3600),
            now,
            now.minusSeconds(600),
            50L,
            true,
            "COMPLETED",
            0,
            0));
  }

  private static Map<Question, Integer> scores(int speed, int overall) {
    Map<Question, Integer> s = new EnumMap<>(Question.class);
    for (Question q : Question.values()) {
      s.put(q, 4);
    }
    s.put(Question.SPEED, speed);
    s.put(Question.OVERALL, overall);
    return s;
  }

  private SatisfactionSummary summary(String service) throws Exception {
    ReportPeriod fy =
        director.call(
            () ->
                ReportPeriod.currentFiscalYear(
                    java.time.LocalDate.now(th.go.sesaoret.servicedesk.shared.OfficeTime.ZONE)));
    List<SatisfactionSummary> all =
        director.call(
            () ->
                satisfaction.summary(
                    fy.start(OfficeTime.ZONE), fy.end(OfficeTime.ZONE), Locale.ENGLISH));
    return all.stream().filter(s -> s.serviceCode().equals(service)).findFirst().orElseThrow();
  }

  @Test
  void theRequesterAnswersOnceAndTheSummaryCountsIt() throws Exception {
    SatisfactionSummary before = summary("VIDEO_CONFERENCE");
    long first = finished("VIDEO_CONFERENCE");
    long second = finished("VIDEO_CONFERENCE");

    SurveyState offered = requester.call(() -> satisfaction.state(first));
    assertTrue(offered.offered());
    assertFalse(offered.answered());
    assertFalse(other.call(() -> satisfaction.state(first)).offered(), "not another's request");

    requester.call(
        () -> {
          satisfaction.answer(first, scores(5, 5), "  รวดเร็วมาก  ", IP);
          satisfaction.answer(second, scores(2, 3), null, IP);
          return null;
        });
    SurveyState answered = requester.call(() -> satisfaction.state(first));
    assertFalse(answered.offered());
    assertEquals(5, answered.answer().get(Question.SPEED));
    assertEquals("รวดเร็วมาก", answered.comment());

    assertEquals(
        "satisfaction.notOffered",
        assertThrows(
                BusinessException.class,
                () ->
                    requester.call(
                        () -> {
                          satisfaction.answer(first, scores(1, 1), null, IP);
                          return null;
                        }))
            .key(),
        "once only");
    assertEquals(
        "satisfaction.notOffered",
        assertThrows(
                BusinessException.class,
                () ->
                    other.call(
                        () -> {
                          satisfaction.answer(second, scores(1, 1), null, IP);
                          return null;
                        }))
            .key());

    SatisfactionSummary after = summary("VIDEO_CONFERENCE");
    assertEquals(before.answers() + 2, after.answers());
    assertEquals(before.satisfied() + 1, after.satisfied(), "overall 5 is satisfied, 3 is not");
    if (before.answers() == 0) {
      // speed (5 + 2) / 2 = 3.5, overall (5 + 3) / 2 = 4, courtesy 4; one of two satisfied
      assertEquals(3.5, after.speed(), 1e-9);
      assertEquals(4.0, after.overall(), 1e-9);
      assertEquals(4.0, after.courtesy(), 1e-9);
      assertEquals("50.0", after.percentSatisfied().toPlainString());
    }
  }

  @Test
  void aCancelledRequestOffersNoSurveyAndOnlyTheDirectorsReadTheSummary() throws Exception {
    long cancelled = finished("REPAIR");
    fixture.status(cancelled, "CANCELLED");
    assertFalse(requester.call(() -> satisfaction.state(cancelled)).offered());
    assertNull(requester.call(() -> satisfaction.state(987_654_321L)).answer(), "none: no survey");
    assertThrows(
        EJBAccessException.class,
        () ->
            requester.call(
                () ->
                    satisfaction.summary(
                        java.time.Instant.EPOCH, java.time.Instant.now(), Locale.ENGLISH)));
  }
}
