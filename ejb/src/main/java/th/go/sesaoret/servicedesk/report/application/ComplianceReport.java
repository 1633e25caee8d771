package th.go.sesaoret.servicedesk.report.application;

import static th.go.sesaoret.servicedesk.security.domain.Role.ADMIN_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DEPUTY_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.GROUP_DIRECTOR_NAME;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.hibernate.jpa.HibernateHints;
import th.go.sesaoret.servicedesk.catalog.application.StandardWords;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceVersion;
import th.go.sesaoret.servicedesk.catalog.domain.StepDefinition;
import th.go.sesaoret.servicedesk.report.domain.ReportPeriod;
import th.go.sesaoret.servicedesk.report.domain.StepFigures;
import th.go.sesaoret.servicedesk.satisfaction.application.Satisfaction;
import th.go.sesaoret.servicedesk.shared.OfficeTime;
import th.go.sesaoret.servicedesk.sla.application.WorkingCalendar;

/**
 * The compliance report (the heart of the manual), for the director, the deputy director, the ICT
 * group director and the administrator: per service and per step of the current manual, what
 * finished in a period against the step's standard; the requests behind a figure. The database
 * computes every figure ({@link ComplianceQueries}); this bean only puts them next to the manual's
 * steps (a step with nothing finished shows zeros, a step of an earlier version that finished in
 * the period follows its service's current steps).
 */
@Stateless
@DeclareRoles({DIRECTOR_NAME, DEPUTY_DIRECTOR_NAME, GROUP_DIRECTOR_NAME, ADMIN_NAME})
@RolesAllowed({DIRECTOR_NAME, DEPUTY_DIRECTOR_NAME, GROUP_DIRECTOR_NAME, ADMIN_NAME})
public class ComplianceReport {
  @PersistenceContext private EntityManager em;
  @Inject private ComplianceQueries queries;
  @Inject private WorkingCalendar calendar;
  @Inject private Clock clock;
  @Inject private ComplianceSheets sheets;
  @Inject private Satisfaction satisfaction;

  /** The report's default period: the current fiscal year. */
  public ReportPeriod defaultPeriod() {
    return ReportPeriod.currentFiscalYear(LocalDate.now(clock.withZone(OfficeTime.ZONE)));
  }

  /** Now, for the "computed at" line of the report and its exports. */
  public Instant now() {
    return clock.instant();
  }

  /** Every step of every service, in the manual's order, with the period's figures. */
  public List<ComplianceLine> lines(ReportPeriod period, Locale locale) {
    Map<String, StepFigures> figures = new LinkedHashMap<>();
    for (StepFigures f :
        queries.figures(period.start(OfficeTime.ZONE), period.end(OfficeTime.ZONE))) {
      figures.put(f.serviceCode() + "/" + f.stepKey(), f);
    }
    List<ServiceVersion> versions =
        em
            .createQuery(
                "select distinct v from ServiceVersion v join fetch v.service s"
                    + " left join fetch v.steps",
                ServiceVersion.class)
            .setHint(HibernateHints.HINT_CACHEABLE, true)
            .getResultList()
            .stream()
            .sorted(
                Comparator.comparingInt((ServiceVersion v) -> v.service().manualOrder())
                    .thenComparing(v -> !v.isCurrent())
                    .thenComparing(v -> -v.versionNo()))
            .toList();
    StandardWords words = StandardWords.of(locale);
    List<ComplianceLine> lines = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ServiceVersion v : versions) {
      String code = v.service().code().toString();
      for (StepDefinition d : v.steps()) {
        String key = code + "/" + d.key();
        StepFigures f = figures.get(key);
        if (seen.contains(key) || (!v.isCurrent() && f == null)) {
          continue;
        }
        seen.add(key);
        lines.add(
            new ComplianceLine(
                code,
                v.service().name(locale),
                d.order(),
                d.name(locale),
                words.standard(d.standard()),
                calendar.calendar().officeTime(d.standard()).toMinutes(),
                f == null ? StepFigures.none(code, d.key()) : f));
      }
    }
    return lines;
  }

  /**
   * The report of {@code period} written to {@code out} as {@code format}, in {@code locale}'s
   * language: the office's heading, the period, when computed, a row per step; then the
   * satisfaction survey's figures per service for the same period.
   */
  public void export(ReportPeriod period, ExportFormat format, Locale locale, OutputStream out)
      throws IOException {
    sheets
        .of(format)
        .write(
            lines(period, locale),
            satisfaction.summary(
                period.start(OfficeTime.ZONE), period.end(OfficeTime.ZONE), locale),
            period,
            clock.instant(),
            locale,
            out);
  }

  /** One page of the requests behind {@code figure} of a step. */
  public List<DrillRow> requests(
      ReportPeriod period, String serviceCode, String stepKey, Figure figure, int first, int size) {
    return queries.requests(
        period.start(OfficeTime.ZONE),
        period.end(OfficeTime.ZONE),
        serviceCode,
        stepKey,
        figure,
        first,
        Math.min(size, 200));
  }

  public long countRequests(
      ReportPeriod period, String serviceCode, String stepKey, Figure figure) {
    return queries.countRequests(
        period.start(OfficeTime.ZONE), period.end(OfficeTime.ZONE), serviceCode, stepKey, figure);
  }

  /** Every request behind a figure, handed over as read (an export streams them). */
  public void eachRequest(
      ReportPeriod period,
      String serviceCode,
      String stepKey,
      Figure figure,
      Consumer<DrillRow> row) {
    queries.eachRequest(
        period.start(OfficeTime.ZONE),
        period.end(OfficeTime.ZONE),
        serviceCode,
        stepKey,
        figure,
        row);
  }
}
