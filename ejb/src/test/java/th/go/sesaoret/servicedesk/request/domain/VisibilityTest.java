package th.go.sesaoret.servicedesk.request.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.security.domain.Role;

class VisibilityTest {
  @Test
  void aRequesterSeesOnlyOwnRequestsAndOfficeRolesSeeAll() {
    assertTrue(Visibility.maySee("requester", Set.of(Role.REQUESTER), "requester"));
    assertFalse(Visibility.maySee("other", Set.of(Role.REQUESTER), "requester"));
    assertTrue(Visibility.maySee("clerk", Set.of(Role.CLERK), "requester"));
    assertTrue(Visibility.maySee("admin", Set.of(Role.ADMIN), "requester"));
  }

  @Test
  void theFilerSeesWhatTheyFiledAndAnActingOfficialSeesWhatTheOfficeSees() {
    Actor filer = Actor.of("walkin.clerk", Role.REQUESTER);
    assertTrue(Visibility.maySee(filer, "requester", "walkin.clerk"));
    assertFalse(Visibility.maySee(filer, "requester", "clerk"));
    Actor acting = new Actor("somchai", Set.of(Role.REQUESTER), Set.of(Role.GROUP_DIRECTOR));
    assertTrue(Visibility.seesAll(acting));
    assertTrue(Visibility.maySee(acting, "requester", null));
    assertFalse(Visibility.seesAll(Actor.of("somchai", Role.REQUESTER)));
  }
}
