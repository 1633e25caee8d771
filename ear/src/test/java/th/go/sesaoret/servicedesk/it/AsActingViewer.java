package th.go.sesaoret.servicedesk.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Runs a piece of a test as a plain requester of its own name, whom {@link VisibilityIT} appoints
 * as an acting official (nobody else uses this name, so the appointment changes no other test).
 */
@Stateless
@RunAs("REQUESTER")
@RunAsPrincipal("acting.viewer")
@PermitAll
public class AsActingViewer {
  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
