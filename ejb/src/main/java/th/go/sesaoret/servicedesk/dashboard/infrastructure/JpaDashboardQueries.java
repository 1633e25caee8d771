package th.go.sesaoret.servicedesk.dashboard.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import th.go.sesaoret.servicedesk.dashboard.application.BacklogRow;
import th.go.sesaoret.servicedesk.dashboard.application.CountBar;
import th.go.sesaoret.servicedesk.dashboard.application.DashboardQueries;
import th.go.sesaoret.servicedesk.dashboard.application.Pending;
import th.go.sesaoret.servicedesk.dashboard.application.SlowRequest;
import th.go.sesaoret.servicedesk.dashboard.domain.OnTimeRate;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * The dashboards in SQL, one statement per card, none loading an entity. The running steps
 * (started, not finished) are the PostgreSQL partial index {@code ix_step_in_progress} (acting
 * role, due time, id, with the assignee, the request and the pause): the pending approvals, the
 * queue, the slowest and the backlog read it and join only what they show. The month's volume reads
 * {@code ix_request_submitted} (V13_3_1), the requester's states {@code ix_request_requester}, a
 * staff member's finished steps {@code ix_step_actor} (V13_3_2; on PostgreSQL index-only).
 */
@ApplicationScoped
public class JpaDashboardQueries implements DashboardQueries {
  private static final String RUNNING =
      "s.started_at is not null and s.finished_at is null and s.paused_at is null";

  private static final String PENDING =
      "select count(*), min(s.started_at), min(s.due_at) from step_instance s where "
          + RUNNING
          + " and s.acting_role in (:roles) and (s.assignee is null or s.assignee = :me)";

  private static final String VOLUME =
      "select sv.code, sv.name_th, sv.name_en, coalesce(c.n, 0) from catalog_service sv"
          + " left join (select v.service_id sid, count(*) n from service_request r"
          + " join catalog_service_version v on v.id = r.version_id"
          + " where r.submitted_at >= :start and r.submitted_at < :end group by v.service_id) c"
          + " on c.sid = sv.id order by sv.manual_order, sv.code";

  private static final String SLOWEST =
      "select r.id, r.request_no, r.title, sv.name_th, sv.name_en, cs.name_th, cs.name_en,"
          + " r.submitted_at, s.due_at, sv.code from step_instance s"
          + " join service_request r on r.id = s.request_id"
          + " join catalog_step cs on cs.id = s.definition_id"
          + " join catalog_service_version v on v.id = r.version_id"
          + " join catalog_service sv on sv.id = v.service_id"
          + " where s.id in (select x.id from step_instance x where x.started_at is not null"
          + " and x.finished_at is null and x.paused_at is null and x.due_at is not null"
          + " order by x.due_at, x.id limit :size)"
          + " order by s.due_at, s.id";

  private static final String BACKLOG =
      "select cs.step_order, cs.name_th, cs.name_en, count(*),"
          + " sum(case when s.paused_at is not null then 1 else 0 end),"
          + " sum(case when s.paused_at is null and s.due_at < :now then 1 else 0 end)"
          + " from step_instance s join catalog_step cs on cs.id = s.definition_id"
          + " join catalog_service_version v on v.id = cs.version_id"
          + " join catalog_service sv on sv.id = v.service_id"
          + " where s.started_at is not null and s.finished_at is null and sv.code = :service"
          + " group by cs.step_order, cs.name_th, cs.name_en order by cs.step_order";

  private static final String QUEUE =
      "select count(*), coalesce(sum(case when s.due_at < :now then 1 else 0 end), 0),"
          + " coalesce(sum(case when s.due_at >= :now and s.due_at < :dayEnd then 1 else 0 end), 0)"
          + " from step_instance s where "
          + RUNNING
          + " and ((s.acting_role in (:own) and (s.assignee is null or s.assignee = :me))"
          + " or s.assignee = :me)";

  private static final String FINISHED_BY =
      "select"
          + " coalesce(sum(case when s.finished_at >= :month and s.finished_at < :monthEnd and s.on_time = true then 1 else 0 end), 0),"
          + " coalesce(sum(case when s.finished_at >= :month and s.finished_at < :monthEnd and s.on_time = false then 1 else 0 end), 0),"
          + " coalesce(sum(case when s.on_time = true then 1 else 0 end), 0),"
          + " coalesce(sum(case when s.on_time = false then 1 else 0 end), 0)"
          + " from step_instance s where s.actor = :me and s.finished_at >= :year"
          + " and s.finished_at < :end and s.outcome <> 'CANCELLED'";

  private static final String BY_STATUS =
      "select r.status, count(*) from service_request r where r.requester = :me group by r.status";

  @PersistenceContext private EntityManager em;

  @Override
  public Pending pending(Set<Role> roles, String me) {
    if (roles.isEmpty()) {
      return new Pending(0, null, null);
    }
    Object[] r =
        (Object[])
            em.createNativeQuery(PENDING)
                .setParameter("roles", names(roles))
                .setParameter("me", me)
                .getSingleResult();
    return new Pending(count(r[0]), instant(r[1]), instant(r[2]));
  }

  @Override
  public List<CountBar> volume(Instant start, Instant end, Locale locale) {
    return rows(em.createNativeQuery(VOLUME).setParameter("start", start).setParameter("end", end))
        .stream()
        .map(r -> new CountBar((String) r[0], name(r[1], r[2], locale), count(r[3])))
        .toList();
  }

  @Override
  public List<SlowRequest> slowest(int size, Instant now, Locale locale) {
    return rows(em.createNativeQuery(SLOWEST).setParameter("size", size)).stream()
        .map(
            r -> {
              Instant due = instant(r[8]);
              return new SlowRequest(
                  count(r[0]),
                  (String) r[1],
                  (String) r[2],
                  (String) r[9],
                  name(r[3], r[4], locale),
                  name(r[5], r[6], locale),
                  instant(r[7]),
                  due,
                  due != null && due.isBefore(now));
            })
        .toList();
  }

  @Override
  public List<BacklogRow> backlog(String serviceCode, Instant now, Locale locale) {
    return rows(
            em.createNativeQuery(BACKLOG)
                .setParameter("service", serviceCode)
                .setParameter("now", now))
        .stream()
        .map(
            r ->
                new BacklogRow(
                    (int) count(r[0]),
                    name(r[1], r[2], locale),
                    count(r[3]),
                    count(r[4]),
                    count(r[5])))
        .toList();
  }

  @Override
  public long[] queue(Set<Role> own, String me, Instant now, Instant endOfDay) {
    Object[] r =
        (Object[])
            em.createNativeQuery(QUEUE)
                .setParameter("own", names(own))
                .setParameter("me", me)
                .setParameter("now", now)
                .setParameter("dayEnd", endOfDay)
                .getSingleResult();
    return new long[] {count(r[0]), count(r[1]), count(r[2])};
  }

  @Override
  public OnTimeRate[] finishedBy(
      String me, Instant yearStart, Instant yearEnd, Instant monthStart, Instant monthEnd) {
    Object[] r =
        (Object[])
            em.createNativeQuery(FINISHED_BY)
                .setParameter("me", me)
                .setParameter("year", yearStart)
                .setParameter("month", monthStart)
                .setParameter("monthEnd", monthEnd)
                .setParameter("end", yearEnd)
                .getSingleResult();
    return new OnTimeRate[] {
      new OnTimeRate(count(r[0]), count(r[1])), new OnTimeRate(count(r[2]), count(r[3]))
    };
  }

  @Override
  public List<StatusCount> byStatus(String requester) {
    return rows(em.createNativeQuery(BY_STATUS).setParameter("me", requester)).stream()
        .map(r -> new StatusCount(RequestStatus.valueOf((String) r[0]), count(r[1])))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(jakarta.persistence.Query query) {
    return query.getResultList();
  }

  private static List<String> names(Set<Role> roles) {
    return roles.stream().map(Role::name).sorted().toList();
  }

  private static String name(Object thai, Object english, Locale locale) {
    return "th".equals(locale.getLanguage()) ? (String) thai : (String) english;
  }

  private static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.LocalDateTime l) {
      return l.toInstant(ZoneOffset.UTC);
    }
    throw new IllegalStateException("not a time: " + value.getClass());
  }
}
