package th.go.sesaoret.servicedesk.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LandingTest {

  @Test
  void requesterLandsOnRequesterHome() {
    assertEquals("/requester/home.xhtml", Landing.homeFor(EnumSet.of(Role.REQUESTER)));
  }

  @Test
  void adminOutranksRequester() {
    assertEquals("/admin/home.xhtml", Landing.homeFor(EnumSet.of(Role.REQUESTER, Role.ADMIN)));
  }

  @Test
  void clerkOutranksStaff() {
    assertEquals("/clerk/home.xhtml", Landing.homeFor(Set.of(Role.STAFF, Role.CLERK)));
  }

  @Test
  void noRoleLandsOnTheManual() {
    assertEquals("/manual.xhtml", Landing.homeFor(Set.of()));
  }
}
