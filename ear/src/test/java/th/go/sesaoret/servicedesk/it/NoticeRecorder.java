package th.go.sesaoret.servicedesk.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import th.go.sesaoret.servicedesk.notification.domain.RequestNotice;

/** Keeps every notice the workflow fires, for tests to read. */
@ApplicationScoped
public class NoticeRecorder {
  private final List<RequestNotice> seen = new CopyOnWriteArrayList<>();

  void on(@Observes RequestNotice notice) {
    seen.add(notice);
  }

  public List<RequestNotice> forRequest(long requestId) {
    return seen.stream().filter(n -> n.requestId() == requestId).toList();
  }
}
