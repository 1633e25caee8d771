package th.go.sesaoret.servicedesk.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.security.domain.Role;

class RecipientsTest {
  @Test
  void theDirectorAlsoGetsNoticesForTheDeputyAndTheGroupDirector() {
    assertEquals(
        EnumSet.of(Role.DEPUTY_DIRECTOR, Role.DIRECTOR), Recipients.rolesFor(Role.DEPUTY_DIRECTOR));
    assertEquals(
        EnumSet.of(Role.GROUP_DIRECTOR, Role.DIRECTOR), Recipients.rolesFor(Role.GROUP_DIRECTOR));
  }

  @Test
  void otherRolesOnlyThemselves() {
    assertEquals(EnumSet.of(Role.CLERK), Recipients.rolesFor(Role.CLERK));
    assertEquals(EnumSet.of(Role.STAFF), Recipients.rolesFor(Role.STAFF));
    assertEquals(EnumSet.of(Role.DIRECTOR), Recipients.rolesFor(Role.DIRECTOR));
  }
}
