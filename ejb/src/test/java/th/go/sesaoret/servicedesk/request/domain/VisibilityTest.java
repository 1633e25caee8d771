package th.go.sesaoret.servicedesk.request.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.security.domain.Role;

class VisibilityTest {
  @Test
  void aRequesterSeesOnlyOwnRequestsAndOfficeRolesSeeAll() {
    assertTrue(
        Visibility.maySee(
            new Actor("requester", Set.of(Role.REQUESTER), Set.of()), "requester", null));
    assertFalse(
        Visibility.maySee(new Actor("other", Set.of(Role.REQUESTER), Set.of()), "requester", null));
    assertTrue(
        Visibility.maySee(new Actor("clerk", Set.of(Role.CLERK), Set.of()), "requester", null));
    assertTrue(
        Visibility.maySee(new Actor("admin", Set.of(Role.ADMIN), Set.of()), "requester", null));
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
