package th.go.sesaoret.servicedesk.publication.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import th.go.sesaoret.servicedesk.audit.application.AuditActionSource;
import th.go.sesaoret.servicedesk.audit.domain.AuditAction;
import th.go.sesaoret.servicedesk.publication.domain.PublicationAuditAction;

/** Makes the website publication's request-side audit actions known to the audit trail. */
@ApplicationScoped
public class PublicationAuditActions implements AuditActionSource {
  @Override
  public Collection<? extends AuditAction> actions() {
    return List.of(PublicationAuditAction.values());
  }
}
