package th.go.sesaoret.servicedesk.request.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import th.go.sesaoret.servicedesk.audit.application.AuditActionSource;
import th.go.sesaoret.servicedesk.audit.domain.AuditAction;
import th.go.sesaoret.servicedesk.request.domain.RequestAuditAction;

/** Makes the request engine's audit actions known to the audit trail. */
@ApplicationScoped
public class RequestAuditActions implements AuditActionSource {
  @Override
  public Collection<? extends AuditAction> actions() {
    return List.of(RequestAuditAction.values());
  }
}
