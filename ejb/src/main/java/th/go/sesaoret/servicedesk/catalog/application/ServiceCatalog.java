package th.go.sesaoret.servicedesk.catalog.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.jpa.HibernateHints;
import th.go.sesaoret.servicedesk.catalog.domain.RelatedLaw;
import th.go.sesaoret.servicedesk.catalog.domain.Service;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceVersion;
import th.go.sesaoret.servicedesk.catalog.domain.StandardUnit;
import th.go.sesaoret.servicedesk.catalog.domain.StepDefinition;
import th.go.sesaoret.servicedesk.catalog.domain.TimeStandard;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * The service catalog: the published manual for everyone, standard changes for the admin. The
 * catalog's entities and its reads here are in Hibernate's second-level and query caches: every
 * page reads them, an administrator changes them a few times a year, and a change made through this
 * class (or any JPA write to the catalog's tables) invalidates what was cached from them at once.
 */
@Stateless
@PermitAll
public class ServiceCatalog {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Resource private SessionContext session;

  /** The current version of every service with its steps' standards, in the manual's order. */
  public List<ServiceStandards> standards() {
    return currentVersions().stream().map(ServiceStandards::of).toList();
  }

  /** The current version of every service, steps loaded, in the manual's order. */
  private List<ServiceVersion> currentVersions() {
    return em.createQuery(
            "select distinct v from ServiceVersion v join fetch v.service left join fetch v.steps"
                + " where v.current = true order by v.service.manualOrder",
            ServiceVersion.class)
        .setHint(HibernateHints.HINT_CACHEABLE, true)
        .getResultList();
  }

  /** The catalog's services, in the manual's order. */
  public List<ServiceCode> services() {
    return em.createQuery("select s.code from Service s order by s.manualOrder", ServiceCode.class)
        .setHint(HibernateHints.HINT_CACHEABLE, true)
        .getResultList();
  }

  /**
   * Every service's name in one language, by code: the catalog's own words, for a page labelling a
   * service that has no label of its own in the pages' bundle.
   */
  public Map<ServiceCode, String> names(Locale locale) {
    return em
        .createQuery("select s from Service s", Service.class)
        .setHint(HibernateHints.HINT_CACHEABLE, true)
        .getResultList() // a list: the query cache does not serve streams
        .stream()
        .collect(Collectors.toMap(Service::code, s -> s.name(locale)));
  }

  public ServiceVersion currentVersion(ServiceCode code) {
    return em
        .createQuery(
            "select v from ServiceVersion v join fetch v.service left join fetch v.steps"
                + " where v.current = true and v.service.code = :code",
            ServiceVersion.class)
        .setParameter("code", code)
        .setHint(HibernateHints.HINT_CACHEABLE, true)
        .getResultList() // a list: the query cache does not serve streams
        .stream()
        .findFirst()
        .orElseThrow(() -> new BusinessException("catalog.service.notFound", code));
  }

  /** A given version, current or not, with its steps. */
  public ServiceVersion version(long id) {
    return em.createQuery(
            "select v from ServiceVersion v join fetch v.service left join fetch v.steps"
                + " where v.id = :id",
            ServiceVersion.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new BusinessException("catalog.version.notFound", id));
  }

  /** Every version of a service, newest first (the change history). */
  public List<VersionChange> history(ServiceCode code) {
    return em.createQuery(
            "select v from ServiceVersion v join fetch v.service where v.service.code = :code"
                + " order by v.versionNo desc",
            ServiceVersion.class)
        .setParameter("code", code)
        .getResultStream()
        .map(VersionChange::of)
        .toList();
  }

  /** The published manual in one language: two queries whatever the number of services. */
  public List<ServiceManual> manual(Locale locale) {
    Map<Long, List<String>> laws =
        em
            .createQuery(
                "select l from RelatedLaw l join fetch l.service"
                    + " order by l.service.manualOrder, l.lawOrder",
                RelatedLaw.class)
            .setHint(HibernateHints.HINT_CACHEABLE, true)
            .getResultList() // a list: the query cache does not serve streams
            .stream()
            .collect(
                Collectors.groupingBy(
                    l -> lawService(l),
                    Collectors.mapping(l -> l.text(locale), Collectors.toList())));
    return currentVersions().stream()
        .map(
            v -> {
              var s = v.service();
              List<ManualStep> steps =
                  v.steps().stream().map(step -> manualStep(step, locale)).toList();
              return new ServiceManual(
                  s.code(),
                  s.manualOrder(),
                  s.name(locale),
                  s.channel(locale),
                  s.fee(locale),
                  s.documents(locale),
                  laws.getOrDefault(s.id(), List.of()),
                  steps,
                  StandardWords.of(locale).total(v.total()),
                  v.versionNo());
            })
        .toList();
  }

  private static Long lawService(RelatedLaw law) {
    return law.service().id();
  }

  private static ManualStep manualStep(StepDefinition step, Locale locale) {
    return new ManualStep(
        step.order(),
        step.name(locale),
        step.actingRole(),
        StandardWords.of(locale).standard(step.standard()),
        step.timeBasis());
  }

  /**
   * Changes one step's standard by making a new current version; requests already filed keep
   * theirs. Refuses zero, negative and inverted ranges with a clear message.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public ServiceVersion changeStandard(
      ServiceCode code, int stepOrder, Integer min, Integer max, StandardUnit unit, String note) {
    TimeStandard standard = TimeStandard.range(min, max, unit);
    return change(currentVersion(code), stepOrder, standard, note);
  }

  /**
   * As {@link #changeStandard(ServiceCode, int, Integer, Integer, StandardUnit, String)}, but only
   * if the current version is still the one the administrator saw ({@code seenVersionNo}): a change
   * made meanwhile by another administrator is not overwritten unseen ({@code error.concurrent}).
   * Gives the new version.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public VersionChange changeStandard(
      ServiceCode code,
      int seenVersionNo,
      int stepOrder,
      Integer min,
      Integer max,
      StandardUnit unit,
      String note) {
    TimeStandard standard = TimeStandard.range(min, max, unit);
    ServiceVersion current = currentVersion(code);
    if (current.versionNo() != seenVersionNo) {
      throw new BusinessException("error.concurrent");
    }
    return VersionChange.of(change(current, stepOrder, standard, note));
  }

  private ServiceVersion change(
      ServiceVersion current, int stepOrder, TimeStandard standard, String note) {
    ServiceVersion next =
        current.withStandard(
            stepOrder,
            standard,
            session.getCallerPrincipal().getName(),
            note == null || note.isBlank() ? null : note.strip(),
            clock.instant());
    em.flush();
    em.persist(next);
    return next;
  }
}
