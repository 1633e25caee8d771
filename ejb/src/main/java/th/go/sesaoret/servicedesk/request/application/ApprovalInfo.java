package th.go.sesaoret.servicedesk.request.application;

import java.io.Serializable;
import java.time.Instant;
import th.go.sesaoret.servicedesk.request.domain.ApprovalDecision;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * A signature on the request, for "อนุมัติทางอิเล็กทรอนิกส์โดย ..." with the content hash as the
 * verification code, signed by {@code approverName} (full name and the position signed in); {@code
 * actingFor} is the role acted for (รักษาราชการแทน), or null.
 */
public record ApprovalInfo(
    int stepOrder,
    String approver,
    Instant approvedAt,
    String sourceIp,
    ApprovalDecision decision,
    Role actingFor,
    String contentSha256,
    boolean isVoid,
    PersonName approverName)
    implements Serializable {}
