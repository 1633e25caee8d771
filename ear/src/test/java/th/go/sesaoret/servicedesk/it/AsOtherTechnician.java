package th.go.sesaoret.servicedesk.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Runs a piece of a test as a second DLICT technician ("staff2", no account needed: the roles come
 * from @RunAs). With plain {@code @RunAs} WildFly names the caller "anonymous"; the JBoss-specific
 * {@code @RunAsPrincipal} gives the services a real caller name.
 */
@Stateless
@RunAs("STAFF")
@RunAsPrincipal("staff2")
@PermitAll
public class AsOtherTechnician {
  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
