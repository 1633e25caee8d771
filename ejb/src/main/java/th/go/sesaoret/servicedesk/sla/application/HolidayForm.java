package th.go.sesaoret.servicedesk.sla.application;

import java.io.Serializable;
import java.time.LocalDate;
import th.go.sesaoret.servicedesk.sla.domain.HolidayKind;

/** What the administrator enters for a holiday. */
public record HolidayForm(
    LocalDate date,
    String nameTh,
    String nameEn,
    HolidayKind kind,
    boolean officeClosed,
    boolean provisional,
    String reference)
    implements Serializable {}
