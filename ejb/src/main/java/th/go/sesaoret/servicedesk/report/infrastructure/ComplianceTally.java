package th.go.sesaoret.servicedesk.report.infrastructure;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.query.NativeQuery;
import th.go.sesaoret.servicedesk.report.domain.MinuteBuckets;
import th.go.sesaoret.servicedesk.request.application.FinishedStepsChanged;
import th.go.sesaoret.servicedesk.request.domain.FinishedStep;
import th.go.sesaoret.servicedesk.shared.OfficeTime;

/**
 * Keeps {@code report_step_tally} exact as the workflow runs: each change of a request's finished
 * steps is subtracted and added to its rows (month, step, bucket) in the action's own transaction,
 * rows updated in key order so two actions never wait for each other crosswise. A row that does not
 * exist yet is created first in a transaction of its own ({@link TallyRows}), so that two actions
 * creating it at once do not fail each other; the update then always finds it.
 */
@ApplicationScoped
public class ComplianceTally {
  static final String TABLE = "report_step_tally";
  private static final String ADD =
      "update report_step_tally set steps = steps + ?1, timed = timed + ?2, within = within + ?3,"
          + " returns = returns + ?4, rejections = rejections + ?5,"
          + " paused_minutes = paused_minutes + ?6"
          + " where month_start = ?7 and definition_id = ?8 and bucket = ?9";

  /** One row's key. */
  record Key(LocalDate month, long definitionId, int bucket) {
    static final Comparator<Key> ORDER =
        Comparator.comparing(Key::month)
            .thenComparingLong(Key::definitionId)
            .thenComparingInt(Key::bucket);

    static Key of(FinishedStep s) {
      return new Key(
          s.finishedAt().atZone(OfficeTime.ZONE).toLocalDate().withDayOfMonth(1),
          s.definitionId(),
          MinuteBuckets.of(s.workingMinutes()));
    }
  }

  @PersistenceContext private EntityManager em;
  @EJB private TallyRows rows;

  void on(@Observes FinishedStepsChanged change) {
    Map<Key, long[]> delta = new TreeMap<>(Key.ORDER);
    change.removed().forEach(s -> add(delta, s, -1));
    change.added().forEach(s -> add(delta, s, 1));
    for (Map.Entry<Key, long[]> e : delta.entrySet()) {
      long[] d = e.getValue();
      if (isZero(d)) {
        continue;
      }
      if (update(e.getKey(), d) == 0) {
        try {
          rows.create(e.getKey().month(), e.getKey().definitionId(), e.getKey().bucket());
        } catch (EJBException taken) {
          // another action created the row at the same moment: it is there now
        }
        if (update(e.getKey(), d) != 1) {
          throw new IllegalStateException("no tally row " + e.getKey());
        }
      }
    }
  }

  private int update(Key key, long[] d) {
    return em.createNativeQuery(ADD)
        .unwrap(NativeQuery.class)
        // only this table's cached queries are stale after it (the catalog's cache stays)
        .addSynchronizedQuerySpace(TABLE)
        .setParameter(1, d[0])
        .setParameter(2, d[1])
        .setParameter(3, d[2])
        .setParameter(4, d[3])
        .setParameter(5, d[4])
        .setParameter(6, d[5])
        .setParameter(7, key.month())
        .setParameter(8, key.definitionId())
        .setParameter(9, key.bucket())
        .executeUpdate();
  }

  private static void add(Map<Key, long[]> delta, FinishedStep s, int sign) {
    long[] d = delta.computeIfAbsent(Key.of(s), k -> new long[6]);
    d[0] += sign;
    d[1] += s.onTime() != null ? sign : 0;
    d[2] += Boolean.TRUE.equals(s.onTime()) ? sign : 0;
    d[3] += (long) sign * s.returnedTimes();
    d[4] += s.rejected() ? sign : 0;
    d[5] += sign * s.pausedMinutes();
  }

  private static boolean isZero(long[] d) {
    for (long v : d) {
      if (v != 0) {
        return false;
      }
    }
    return true;
  }

  /** The keys, as a test sees them (for a unit test of the delta). */
  static List<Key> keysOf(List<FinishedStep> steps) {
    return steps.stream().map(Key::of).sorted(Key.ORDER).toList();
  }
}
