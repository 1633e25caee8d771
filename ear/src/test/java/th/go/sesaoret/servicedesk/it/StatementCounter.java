package th.go.sesaoret.servicedesk.it;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Test deployments only (the statement-count test puts it in the EJB module and names it in the
 * persistence unit): records the SQL of every statement Hibernate prepares on a thread between
 * {@link #start()} and {@link #stop()}, so one HTTP request's statements are counted apart from the
 * timers' and other requests'.
 */
public class StatementCounter implements StatementInspector {
  private static final long serialVersionUID = 1L;
  private static final ThreadLocal<List<String>> SEEN = new ThreadLocal<>();

  /** Starts recording this thread's statements. */
  public static void start() {
    SEEN.set(new ArrayList<>());
  }

  /** Stops recording this thread's statements and gives them, in order. */
  public static List<String> stop() {
    List<String> seen = SEEN.get();
    SEEN.remove();
    return seen == null ? List.of() : seen;
  }

  @Override
  public String inspect(String sql) {
    List<String> seen = SEEN.get();
    if (seen != null) {
      seen.add(sql);
    }
    return sql;
  }
}
