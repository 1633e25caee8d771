package th.go.sesaoret.servicedesk.ita.application;

import static th.go.sesaoret.servicedesk.security.domain.Role.ADMIN_NAME;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import th.go.sesaoret.servicedesk.ita.domain.ItaPeriod;
import th.go.sesaoret.servicedesk.report.application.ComplianceReport;
import th.go.sesaoret.servicedesk.report.application.ComplianceSheets;
import th.go.sesaoret.servicedesk.report.application.ExportFormat;
import th.go.sesaoret.servicedesk.report.domain.ReportPeriod;
import th.go.sesaoret.servicedesk.satisfaction.application.Satisfaction;
import th.go.sesaoret.servicedesk.shared.OfficeTime;

/**
 * The public ITA statistics, for anyone without signing in: the compliance report's lines ({@link
 * ComplianceReport#lines}) and the satisfaction summary ({@link Satisfaction#summary}) of a
 * published period ({@link ItaPeriod}), as one snapshot kept {@link #KEPT} (the page says when it
 * was computed), and its downloads written from that very snapshot by the report's sheets. Only
 * aggregates leave this bean, never a request or a person; it reads them as the report's reader
 * (run as administrator), since its callers have no role.
 */
@Stateless
@PermitAll
@RunAs(ADMIN_NAME)
public class ItaStatistics {
  /** How long a computed snapshot is shown before it is computed again. */
  public static final Duration KEPT = Duration.ofMinutes(10);

  private static final Locale THAI = Locale.forLanguageTag("th");
  private static final Map<ReportPeriod, ItaSnapshot> SNAPSHOTS = new ConcurrentHashMap<>();

  @EJB private ComplianceReport report;
  @EJB private Satisfaction satisfaction;
  @Inject private ComplianceSheets sheets;
  @Inject private Clock clock;

  /** The published period of {@code path} ({@code ""}, {@code 2569}, {@code 2569/h1}) today. */
  public Optional<ReportPeriod> period(String path) {
    return ItaPeriod.of(path, today());
  }

  /** Every published period, newest first (the page's links). */
  public List<ReportPeriod> published() {
    return ItaPeriod.published(today());
  }

  /** The figures of {@code period}, computed now or at most {@link #KEPT} ago. */
  public ItaSnapshot snapshot(ReportPeriod period) {
    Instant now = clock.instant();
    ItaSnapshot kept = SNAPSHOTS.get(period);
    if (kept != null && kept.computedAt().plus(KEPT).isAfter(now)) {
      return kept;
    }
    ItaSnapshot fresh =
        new ItaSnapshot(
            period,
            now,
            report.lines(period, THAI),
            report.lines(period, Locale.ENGLISH),
            satisfaction.summary(period.start(OfficeTime.ZONE), period.end(OfficeTime.ZONE), THAI),
            satisfaction.summary(
                period.start(OfficeTime.ZONE), period.end(OfficeTime.ZONE), Locale.ENGLISH));
    SNAPSHOTS.put(period, fresh);
    return fresh;
  }

  /** The snapshot of {@code period} as a file, the same figures as the page. */
  public void download(ItaSnapshot snapshot, ExportFormat format, Locale locale, OutputStream out)
      throws IOException {
    sheets
        .of(format)
        .write(
            snapshot.lines(locale),
            snapshot.satisfaction(locale),
            snapshot.period(),
            snapshot.computedAt(),
            locale,
            out);
  }

  /** Forgets the kept snapshots (after the administrator corrected figures, or a test). */
  @RolesAllowed(ADMIN_NAME)
  public void forget() {
    SNAPSHOTS.clear();
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(OfficeTime.ZONE));
  }
}
