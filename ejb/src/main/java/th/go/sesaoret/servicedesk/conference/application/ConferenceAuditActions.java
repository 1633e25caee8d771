package th.go.sesaoret.servicedesk.conference.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import th.go.sesaoret.servicedesk.audit.application.AuditActionSource;
import th.go.sesaoret.servicedesk.audit.domain.AuditAction;
import th.go.sesaoret.servicedesk.conference.domain.ConferenceAuditAction;

/** Makes the video-conference service's audit actions known to the audit trail. */
@ApplicationScoped
public class ConferenceAuditActions implements AuditActionSource {
  @Override
  public Collection<? extends AuditAction> actions() {
    return List.of(ConferenceAuditAction.values());
  }
}
