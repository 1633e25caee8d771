package th.go.sesaoret.servicedesk.request.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.cache.ReadCache;
import th.go.sesaoret.servicedesk.shared.cache.TransactionEnd;

/**
 * The roles a person acts in on a day as an acting official (รักษาราชการแทน), read once a person a
 * day and kept: every request of every page asks it (who may act, who sees what), the appointments
 * change a few times a year. {@link ActingOfficials} forgets them when it appoints.
 */
@ApplicationScoped
public class ActingRoles {
  private record Day(String username, LocalDate day) {}

  private final ReadCache<Day, Set<Role>> kept = new ReadCache<>(10_000);

  @PersistenceContext private EntityManager em;
  @Resource private TransactionSynchronizationRegistry registry;

  /** The roles {@code username} acts in on {@code day} (appointments running that day). */
  public Set<Role> of(String username, LocalDate day) {
    return kept.get(new Day(username, day), () -> read(username, day));
  }

  /** Appointments are changing in the caller's transaction: forgotten when it ends. */
  public void changing() {
    TransactionEnd.forget(registry, kept::forgetAll);
  }

  private Set<Role> read(String username, LocalDate day) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    roles.addAll(
        em.createQuery(
                "select a.role from ActingOfficial a where a.username = :me"
                    + " and a.validFrom <= :today and a.validTo >= :today",
                Role.class)
            .setParameter("me", username)
            .setParameter("today", day)
            .getResultList());
    return Set.copyOf(roles);
  }
}
