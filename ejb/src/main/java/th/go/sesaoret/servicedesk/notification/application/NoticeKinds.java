package th.go.sesaoret.servicedesk.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import th.go.sesaoret.servicedesk.notification.domain.NoticeKind;
import th.go.sesaoret.servicedesk.notification.domain.NoticeText;

/**
 * Every notice kind of every service, found through their {@link NoticeKindSource} beans: resolves
 * a stored or sent kind name to its kind, and answers which kinds ask for what. Two kinds with the
 * same name are refused at start-up.
 */
@ApplicationScoped
public class NoticeKinds {
  private Map<String, NoticeKind> byName;

  protected NoticeKinds() {
    // for the container's proxy
  }

  @Inject
  NoticeKinds(@Any Instance<NoticeKindSource> sources) {
    this(sources.stream().flatMap(s -> s.kinds().stream()).toList());
  }

  /** A registry of exactly these kinds. */
  public NoticeKinds(Collection<? extends NoticeKind> kinds) {
    Map<String, NoticeKind> map = new LinkedHashMap<>();
    for (NoticeKind kind : kinds) {
      NoticeKind before = map.putIfAbsent(kind.name(), kind);
      if (before != null && before != kind) {
        throw new IllegalStateException("two notice kinds named " + kind.name());
      }
    }
    byName = Collections.unmodifiableMap(map);
  }

  /** A registry of the kinds of these enums, in order (in tests: no container). */
  public static NoticeKinds listing(NoticeKind[]... groups) {
    return new NoticeKinds(Stream.of(groups).flatMap(Stream::of).toList());
  }

  /** The kind of a name as stored or sent, if a service declares it. */
  public Optional<NoticeKind> named(String name) {
    return Optional.ofNullable(name == null ? null : byName.get(name));
  }

  /** The kind of a name as stored or sent; an unknown name is refused. */
  public NoticeKind of(String name) {
    return named(name).orElseThrow(() -> new IllegalArgumentException("no notice kind " + name));
  }

  /** Every kind, of every service. */
  public List<NoticeKind> all() {
    return List.copyOf(byName.values());
  }

  /** The kinds handled by acting on {@code item}. */
  public Set<NoticeKind> asking(NoticeKind.Item item) {
    Set<NoticeKind> kinds = new LinkedHashSet<>();
    for (NoticeKind k : byName.values()) {
      if (k.item() == item) {
        kinds.add(k);
      }
    }
    return kinds;
  }

  /** The kinds that ask their own recipient to act on {@code item} (they wait for the reader). */
  public Set<NoticeKind> askingRecipient(NoticeKind.Item item) {
    Set<NoticeKind> kinds = asking(item);
    kinds.removeIf(k -> !k.asksRecipient());
    return kinds;
  }

  /**
   * A kind's short name for the administrator's dead-letter list; the name itself when no service
   * declares it (that is why such a message is dead).
   */
  public String shortName(String name, Locale locale) {
    return named(name).map(k -> NoticeText.kindName(k, locale)).orElse(name);
  }
}
