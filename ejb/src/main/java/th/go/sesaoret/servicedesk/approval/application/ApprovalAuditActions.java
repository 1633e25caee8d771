package th.go.sesaoret.servicedesk.approval.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import th.go.sesaoret.servicedesk.approval.domain.ApprovalAuditAction;
import th.go.sesaoret.servicedesk.audit.application.AuditActionSource;
import th.go.sesaoret.servicedesk.audit.domain.AuditAction;

/** Makes the approval desk's audit actions known to the audit trail. */
@ApplicationScoped
public class ApprovalAuditActions implements AuditActionSource {
  @Override
  public Collection<? extends AuditAction> actions() {
    return List.of(ApprovalAuditAction.values());
  }
}
