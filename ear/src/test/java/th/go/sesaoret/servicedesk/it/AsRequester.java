package th.go.sesaoret.servicedesk.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Runs a piece of a test as the demo requester, with only the REQUESTER role. With plain
 * {@code @RunAs} WildFly names the caller "anonymous"; the JBoss-specific {@code @RunAsPrincipal}
 * gives the services a real caller name.
 */
@Stateless
@RunAs("REQUESTER")
@RunAsPrincipal("requester")
@PermitAll
public class AsRequester {
  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
