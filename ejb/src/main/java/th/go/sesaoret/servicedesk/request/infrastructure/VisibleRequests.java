package th.go.sesaoret.servicedesk.request.infrastructure;

import th.go.sesaoret.servicedesk.request.domain.Actor;
import th.go.sesaoret.servicedesk.request.domain.Visibility;
import th.go.sesaoret.servicedesk.shared.list.ListClauses;

/**
 * The domain's {@link Visibility} as a JPQL condition on a request, for every read that finds or
 * lists requests (a request's page, a service's own part, an attachment, the lists): nothing for a
 * viewer who sees them all, else the viewer's own (requester or filer), named {@code :viewer}.
 */
public final class VisibleRequests {
  private VisibleRequests() {}

  /** The request {@code r} is the viewer's own: they asked for it, or filed it for someone. */
  public static String own(String r) {
    return "(" + r + ".requester = :viewer or " + r + ".filedBy = :viewer)";
  }

  /** {@code where} narrowed to the requests {@code r} that {@code viewer} may see. */
  public static ListClauses restrict(ListClauses where, String r, Actor viewer) {
    if (Visibility.seesAll(viewer)) {
      return where;
    }
    return where.and(own(r)).param("viewer", viewer.username());
  }
}
