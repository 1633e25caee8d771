package th.go.sesaoret.servicedesk.request.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.request.domain.Actor;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.list.ListClauses;

class VisibleRequestsTest {
  private static String restricted(Actor viewer) {
    return VisibleRequests.restrict(new ListClauses(" where r.id = :id"), "r", viewer).where();
  }

  @Test
  void anOfficeRoleOrAnActingOneSeesEveryRequestAndARequesterOnlyTheirOwn() {
    assertEquals(" where r.id = :id", restricted(Actor.of("clerk", Role.CLERK)));
    assertEquals(
        " where r.id = :id",
        restricted(new Actor("somchai", Set.of(Role.REQUESTER), Set.of(Role.DIRECTOR))));
    assertEquals(
        " where r.id = :id and (r.requester = :viewer or r.filedBy = :viewer)",
        restricted(Actor.of("somchai", Role.REQUESTER)));
  }
}
