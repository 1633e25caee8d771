package th.go.sesaoret.servicedesk.publication.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import th.go.sesaoret.servicedesk.notification.application.NoticeKindSource;
import th.go.sesaoret.servicedesk.notification.domain.NoticeKind;
import th.go.sesaoret.servicedesk.publication.domain.PublicationNotice;

/** Makes the website publication's request-side notice kinds known to the notices. */
@ApplicationScoped
public class PublicationNoticeKinds implements NoticeKindSource {
  @Override
  public Collection<? extends NoticeKind> kinds() {
    return List.of(PublicationNotice.values());
  }
}
