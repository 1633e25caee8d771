package th.go.sesaoret.servicedesk.catalog.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import th.go.sesaoret.servicedesk.catalog.domain.Bilingual;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceVersion;

/**
 * A service's current version as the administrator's catalog page shows it: its name (Thai and
 * English, as stored), the version and its steps' time standards.
 */
public record ServiceStandards(
    ServiceCode code,
    int manualOrder,
    String nameTh,
    String nameEn,
    int versionNo,
    Instant createdAt,
    List<StandardStep> steps)
    implements Serializable {

  /** The service's name in {@code locale}'s language (Thai unless English is asked for). */
  public String name(Locale locale) {
    return Bilingual.pick(locale, nameTh, nameEn);
  }

  /** The step of that order, or null. */
  public StandardStep step(int order) {
    return steps.stream().filter(s -> s.order() == order).findFirst().orElse(null);
  }

  static ServiceStandards of(ServiceVersion v) {
    var s = v.service();
    return new ServiceStandards(
        s.code(),
        s.manualOrder(),
        s.name(StandardStep.THAI),
        s.name(Locale.ENGLISH),
        v.versionNo(),
        v.createdAt(),
        v.steps().stream().map(StandardStep::of).toList());
  }
}
