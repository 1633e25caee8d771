package th.go.sesaoret.servicedesk.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import th.go.sesaoret.servicedesk.publication.application.PostPublished;
import th.go.sesaoret.servicedesk.publication.application.PostWithdrawn;

/** Keeps every post that went live or left public view (the events steps 5-7 fire). */
@ApplicationScoped
public class ReleaseEventRecorder {
  private final List<Long> published = new CopyOnWriteArrayList<>();
  private final List<Long> withdrawn = new CopyOnWriteArrayList<>();

  void on(@Observes PostPublished e) {
    published.add(e.publicationId());
  }

  void on(@Observes PostWithdrawn e) {
    withdrawn.add(e.publicationId());
  }

  public long published(long publicationId) {
    return published.stream().filter(id -> id == publicationId).count();
  }

  public long withdrawn(long publicationId) {
    return withdrawn.stream().filter(id -> id == publicationId).count();
  }
}
