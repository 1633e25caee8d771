package th.go.sesaoret.servicedesk.it;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.Set;
import javax.management.Attribute;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Test deployments only: Hibernate's statistics of the application's persistence unit, as WildFly's
 * JPA subsystem shows them in its management model (over the platform MBean server, so a test needs
 * no Hibernate class). Switched on at the first read; the counters are the server's, so a test
 * compares them before and after what it does.
 */
final class CacheStatistics {
  private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
  private final ObjectName unit;

  CacheStatistics() throws JMException {
    Set<ObjectName> units =
        server.queryNames(
            new ObjectName(
                "jboss.as:deployment=servicedesk.ear,subdeployment="
                    + Deployments.EJB_MODULE
                    + ",subsystem=jpa,hibernate-persistence-unit=*"),
            null);
    if (units.size() != 1) {
      throw new IllegalStateException("the persistence unit in the management model: " + units);
    }
    unit = units.iterator().next();
    server.setAttribute(unit, new Attribute("statisticsEnabled", Boolean.TRUE));
  }

  /** The counters now. */
  Map<String, Long> now() throws JMException {
    return Map.of(
        "statements", count("preparedStatementCount"),
        "queryCacheHits", count("queryCacheHitCount"),
        "queryCacheMisses", count("queryCacheMissCount"),
        "cacheHits", count("secondLevelCacheHitCount"),
        "cacheMisses", count("secondLevelCacheMissCount"));
  }

  /** How much each counter grew since {@code before}. */
  Map<String, Long> since(Map<String, Long> before) throws JMException {
    Map<String, Long> after = now();
    return Map.of(
        "statements", after.get("statements") - before.get("statements"),
        "queryCacheHits", after.get("queryCacheHits") - before.get("queryCacheHits"),
        "queryCacheMisses", after.get("queryCacheMisses") - before.get("queryCacheMisses"),
        "cacheHits", after.get("cacheHits") - before.get("cacheHits"),
        "cacheMisses", after.get("cacheMisses") - before.get("cacheMisses"));
  }

  private long count(String attribute) throws JMException {
    return ((Number) server.getAttribute(unit, attribute)).longValue();
  }
}
