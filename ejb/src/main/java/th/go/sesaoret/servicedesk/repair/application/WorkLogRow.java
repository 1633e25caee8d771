package th.go.sesaoret.servicedesk.repair.application;

import java.io.Serializable;
import java.time.Instant;
import th.go.sesaoret.servicedesk.repair.domain.WorkLogKind;

/** One line of a repair's work log, for the screen. */
public record WorkLogRow(
    WorkLogKind kind,
    Instant at,
    String by,
    String byName,
    String text,
    String partsUsed,
    Integer minutesSpent)
    implements Serializable {}
