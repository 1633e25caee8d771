package th.go.sesaoret.servicedesk.conference.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import th.go.sesaoret.servicedesk.conference.domain.ConferenceNotice;
import th.go.sesaoret.servicedesk.notification.application.NoticeKindSource;
import th.go.sesaoret.servicedesk.notification.domain.NoticeKind;

/** Makes the video-conference service's notice kinds known to the notices. */
@ApplicationScoped
public class ConferenceNoticeKinds implements NoticeKindSource {
  @Override
  public Collection<? extends NoticeKind> kinds() {
    return List.of(ConferenceNotice.values());
  }
}
