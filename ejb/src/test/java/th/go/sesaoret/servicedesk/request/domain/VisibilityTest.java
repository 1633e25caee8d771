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
}
