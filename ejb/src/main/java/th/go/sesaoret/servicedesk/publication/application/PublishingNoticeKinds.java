package th.go.sesaoret.servicedesk.publication.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import th.go.sesaoret.servicedesk.notification.application.NoticeKindSource;
import th.go.sesaoret.servicedesk.notification.domain.NoticeKind;
import th.go.sesaoret.servicedesk.publication.domain.PublishingNotice;

/** Makes the website publication's notices of steps 5-7 known to the notices. */
@ApplicationScoped
public class PublishingNoticeKinds implements NoticeKindSource {
  @Override
  public Collection<? extends NoticeKind> kinds() {
    return List.of(PublishingNotice.values());
  }
}
