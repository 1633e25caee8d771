package th.go.sesaoret.servicedesk.catalog.application;

import java.io.Serializable;
import java.util.Locale;
import th.go.sesaoret.servicedesk.catalog.domain.Bilingual;
import th.go.sesaoret.servicedesk.catalog.domain.StepDefinition;
import th.go.sesaoret.servicedesk.catalog.domain.TimeBasis;
import th.go.sesaoret.servicedesk.catalog.domain.TimeStandard;
import th.go.sesaoret.servicedesk.security.domain.Role;

/** One step of a service's current version: its names as stored, role, standard and time basis. */
public record StandardStep(
    int order,
    String nameTh,
    String nameEn,
    Role actingRole,
    TimeStandard standard,
    TimeBasis timeBasis)
    implements Serializable {
  static final Locale THAI = Locale.forLanguageTag("th");

  /** The step's name in {@code locale}'s language (Thai unless English is asked for). */
  public String name(Locale locale) {
    return Bilingual.pick(locale, nameTh, nameEn);
  }

  static StandardStep of(StepDefinition d) {
    return new StandardStep(
        d.order(),
        d.name(THAI),
        d.name(Locale.ENGLISH),
        d.actingRole(),
        d.standard(),
        d.timeBasis());
  }
}
