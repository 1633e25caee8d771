package th.go.sesaoret.servicedesk.repair.application;

import java.io.Serializable;
import java.time.Instant;
import th.go.sesaoret.servicedesk.repair.domain.Confirmation;
import th.go.sesaoret.servicedesk.repair.domain.EquipmentType;
import th.go.sesaoret.servicedesk.repair.domain.RepairKind;
import th.go.sesaoret.servicedesk.repair.domain.Resolution;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;

/** One past (or running) repair of a durable-goods number, for its equipment history page. */
public record EquipmentRepairRow(
    long requestId,
    String number,
    Instant submittedAt,
    RepairKind kind,
    EquipmentType equipmentType,
    String title,
    RequestStatus status,
    Resolution resolution,
    String technician,
    Instant finishedAt,
    Confirmation confirmation,
    Integer rating)
    implements Serializable {}
