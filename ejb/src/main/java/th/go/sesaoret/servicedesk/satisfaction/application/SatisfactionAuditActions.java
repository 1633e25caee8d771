package th.go.sesaoret.servicedesk.satisfaction.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import th.go.sesaoret.servicedesk.audit.application.AuditActionSource;
import th.go.sesaoret.servicedesk.audit.domain.AuditAction;
import th.go.sesaoret.servicedesk.satisfaction.domain.SatisfactionAuditAction;

/** Makes the survey's audit actions known to the audit trail. */
@ApplicationScoped
public class SatisfactionAuditActions implements AuditActionSource {
  @Override
  public Collection<? extends AuditAction> actions() {
    return List.of(SatisfactionAuditAction.values());
  }
}
