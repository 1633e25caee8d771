package th.go.sesaoret.servicedesk.sla.application;

import java.io.Serializable;
import java.time.LocalDate;
import th.go.sesaoret.servicedesk.sla.domain.Holiday;
import th.go.sesaoret.servicedesk.sla.domain.HolidayKind;

/** One day of the holiday table as the administrator's page lists it (names as entered). */
public record HolidayRow(
    Long id,
    LocalDate date,
    String nameTh,
    String nameEn,
    HolidayKind kind,
    boolean officeClosed,
    boolean provisional,
    String reference)
    implements Serializable {
  static HolidayRow of(Holiday h) {
    return new HolidayRow(
        h.id(),
        h.date(),
        h.nameTh(),
        h.nameEn(),
        h.kind(),
        h.isOfficeClosed(),
        h.isProvisional(),
        h.reference());
  }
}
