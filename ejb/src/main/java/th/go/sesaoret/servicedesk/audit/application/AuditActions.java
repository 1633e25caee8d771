package th.go.sesaoret.servicedesk.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import th.go.sesaoret.servicedesk.audit.domain.AuditAction;

/**
 * Every audit action of every feature, found through their {@link AuditActionSource} beans:
 * resolves a code as written to its action. Two actions with the same code are refused at start-up.
 */
@ApplicationScoped
public class AuditActions {
  private Map<String, AuditAction> byCode;

  protected AuditActions() {
    // for the container's proxy
  }

  @Inject
  AuditActions(@Any Instance<AuditActionSource> sources) {
    this(sources.stream().flatMap(s -> s.actions().stream()).toList());
  }

  /** A registry of exactly these actions. */
  public AuditActions(Collection<? extends AuditAction> actions) {
    Map<String, AuditAction> map = new LinkedHashMap<>();
    for (AuditAction action : actions) {
      AuditAction before = map.putIfAbsent(action.name(), action);
      if (before != null && before != action) {
        throw new IllegalStateException("two audit actions coded " + action.name());
      }
    }
    byCode = Collections.unmodifiableMap(map);
  }

  /** A registry of the actions of these enums, in order (in tests: no container). */
  public static AuditActions listing(AuditAction[]... groups) {
    return new AuditActions(Stream.of(groups).flatMap(Stream::of).toList());
  }

  /** The action of a code as written, if a feature declares it. */
  public Optional<AuditAction> of(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  /** The codes of every action, of every feature. */
  public List<String> codes() {
    return List.copyOf(byCode.keySet());
  }
}
