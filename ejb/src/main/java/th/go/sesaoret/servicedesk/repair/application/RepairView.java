package th.go.sesaoret.servicedesk.repair.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import th.go.sesaoret.servicedesk.repair.domain.Channel;
import th.go.sesaoret.servicedesk.repair.domain.Confirmation;
import th.go.sesaoret.servicedesk.repair.domain.EquipmentType;
import th.go.sesaoret.servicedesk.repair.domain.RepairActions;
import th.go.sesaoret.servicedesk.repair.domain.RepairKind;
import th.go.sesaoret.servicedesk.repair.domain.Resolution;
import th.go.sesaoret.servicedesk.repair.domain.Urgency;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * A repair request's own part for its page: the form, the intake, the order, the work and its log,
 * the report, the requester's confirmation, and what the viewer may do now. Names of people are
 * resolved (technician, approver) for display; usernames stay for links and checks.
 */
public record RepairView(
    long requestId,
    String number,
    RequestStatus status,
    Integer currentStep,
    Instant stepDueAt,
    RepairKind kind,
    EquipmentType equipmentType,
    String assetNumber,
    String serialNumber,
    String building,
    String room,
    String symptom,
    Urgency urgency,
    String contactPhone,
    Channel channel,
    String receiptNumber,
    Instant receivedAt,
    String receivedBy,
    Role forwardedTo,
    String technician,
    String technicianName,
    String vendor,
    String orderedBy,
    Instant orderedAt,
    Instant acceptedAt,
    String receivedByName,
    String orderedByName,
    Resolution resolution,
    String resolutionNote,
    Instant resolvedAt,
    String report,
    Instant reportedAt,
    Confirmation confirmation,
    Instant closeDueAt,
    Integer rating,
    String ratingComment,
    Instant closedAt,
    int reopenCount,
    String reopenReason,
    long minutesLogged,
    List<WorkLogRow> log,
    RepairActions may)
    implements Serializable {}
