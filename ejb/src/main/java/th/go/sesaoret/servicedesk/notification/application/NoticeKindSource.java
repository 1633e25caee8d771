package th.go.sesaoret.servicedesk.notification.application;

import java.util.Collection;
import th.go.sesaoret.servicedesk.notification.domain.NoticeKind;

/**
 * The notice kinds one feature raises. A service makes its kinds known by a bean implementing this
 * (an {@code @ApplicationScoped} class in its own package); {@link NoticeKinds} finds every one.
 */
public interface NoticeKindSource {
  Collection<? extends NoticeKind> kinds();
}
