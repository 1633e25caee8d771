package th.go.sesaoret.servicedesk.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import th.go.sesaoret.servicedesk.notification.domain.NoticeKind;
import th.go.sesaoret.servicedesk.notification.domain.WorkflowNotice;

/** Makes the request engine's own notice kinds known. */
@ApplicationScoped
public class WorkflowNoticeKinds implements NoticeKindSource {
  @Override
  public Collection<? extends NoticeKind> kinds() {
    return List.of(WorkflowNotice.values());
  }
}
