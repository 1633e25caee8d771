package th.go.sesaoret.servicedesk.repair.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import th.go.sesaoret.servicedesk.notification.application.NoticeKindSource;
import th.go.sesaoret.servicedesk.notification.domain.NoticeKind;
import th.go.sesaoret.servicedesk.repair.domain.RepairNotice;

/** Makes the repair's notice kinds known to the notices. */
@ApplicationScoped
public class RepairNoticeKinds implements NoticeKindSource {
  @Override
  public Collection<? extends NoticeKind> kinds() {
    return List.of(RepairNotice.values());
  }
}
