package th.go.sesaoret.servicedesk.ita.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import th.go.sesaoret.servicedesk.ita.application.ItaSnapshot;
import th.go.sesaoret.servicedesk.ita.application.ItaStatistics;
import th.go.sesaoret.servicedesk.ita.domain.ItaPeriod;
import th.go.sesaoret.servicedesk.report.application.ComplianceLine;
import th.go.sesaoret.servicedesk.report.application.ReportWords;
import th.go.sesaoret.servicedesk.report.domain.ReportPeriod;
import th.go.sesaoret.servicedesk.satisfaction.application.SatisfactionSummary;
import th.go.sesaoret.servicedesk.shared.DateDisplay;
import th.go.sesaoret.servicedesk.shared.web.LocaleBacking;

/**
 * The public ITA page ({@code /ita}, {@code /ita/2569}, {@code /ita/2569/h1}; {@link ItaServlet}
 * has found the period and its snapshot): per service, its steps' figures against the manual and
 * its satisfaction, when they were computed, the downloads of the same figures and the other
 * published periods. No sign-in, no session.
 */
@Named
@RequestScoped
public class ItaBacking {
  /** One service's part of the page. */
  public record ServiceBlock(
      String code, String name, List<ComplianceLine> steps, SatisfactionSummary satisfaction) {}

  /** A link to a published period. */
  public record PeriodLink(String path, String label, boolean current) {}

  @EJB private ItaStatistics statistics;
  @Inject private LocaleBacking locale;

  private ItaSnapshot snapshot;
  private List<ServiceBlock> services = List.of();

  /** The view action: the snapshot the servlet found, or the 404 when reached by its own name. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ec = faces.getExternalContext();
    HttpServletRequest req = (HttpServletRequest) ec.getRequest();
    if (!(req.getAttribute(ItaServlet.SNAPSHOT) instanceof ItaSnapshot s)) {
      ec.responseSendError(404, null);
      faces.responseComplete();
      return;
    }
    snapshot = s;
    Locale l = locale.getLocale();
    Map<String, ServiceBlock> blocks = new LinkedHashMap<>();
    for (ComplianceLine line : s.lines(l)) {
      blocks
          .computeIfAbsent(
              line.serviceCode(),
              code -> new ServiceBlock(code, line.serviceName(), new ArrayList<>(), null))
          .steps()
          .add(line);
    }
    for (SatisfactionSummary sat : s.satisfaction(l)) {
      ServiceBlock b = blocks.get(sat.serviceCode());
      blocks.put(
          sat.serviceCode(),
          b == null
              ? new ServiceBlock(sat.serviceCode(), sat.serviceName(), List.of(), sat)
              : new ServiceBlock(b.code(), b.name(), b.steps(), sat));
    }
    services = List.copyOf(blocks.values());
  }

  public List<ServiceBlock> getServices() {
    return services;
  }

  public List<SatisfactionSummary> getSatisfaction() {
    return snapshot == null ? List.of() : snapshot.satisfaction(locale.getLocale());
  }

  /**
   * The period as the office writes it, e.g. "ปีงบประมาณ พ.ศ. 2570 (1 ต.ค. 2569 - 30 ก.ย. 2570)".
   */
  public String getPeriod() {
    return snapshot == null ? "" : ReportWords.of(locale.getLocale()).period(snapshot.period());
  }

  /** When the figures were computed (Buddhist era in Thai). */
  public String getComputedAt() {
    return snapshot == null
        ? ""
        : DateDisplay.of(locale.getLocale()).dateTime(snapshot.computedAt());
  }

  public String getComputedAtIso() {
    return snapshot == null ? "" : snapshot.computedAt().toString();
  }

  /** The minutes a snapshot is kept. */
  public long getKeptMinutes() {
    return ItaStatistics.KEPT.toMinutes();
  }

  /** The stable address of this period's page, from the root: {@code /ita/2570}. */
  public String getPath() {
    return snapshot == null ? "/ita" : "/ita/" + ItaPeriod.path(snapshot.period());
  }

  /** Every published period, this one marked. */
  public List<PeriodLink> getPeriods() {
    ReportWords words = ReportWords.of(locale.getLocale());
    List<PeriodLink> links = new ArrayList<>();
    for (ReportPeriod p : statistics.published()) {
      links.add(
          new PeriodLink(
              "/ita/" + ItaPeriod.path(p),
              words.period(p),
              snapshot != null && p.equals(snapshot.period())));
    }
    return links;
  }

  /** A figure as shown: grouped, at most one decimal (a mean two); a dash for none. */
  public String number(Object value) {
    if (value == null) {
      return "-";
    }
    if (value instanceof BigDecimal b) {
      return b.toPlainString();
    }
    NumberFormat f = NumberFormat.getNumberInstance(Locale.ROOT);
    f.setGroupingUsed(true);
    f.setMaximumFractionDigits(2);
    return f.format(value);
  }
}
