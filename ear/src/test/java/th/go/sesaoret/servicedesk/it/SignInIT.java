package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.go.sesaoret.servicedesk.security.application.AccessLog;
import th.go.sesaoret.servicedesk.security.application.PeopleAdministration;
import th.go.sesaoret.servicedesk.security.application.SignIn;
import th.go.sesaoret.servicedesk.security.domain.AccessEvent;
import th.go.sesaoret.servicedesk.security.domain.AccessLogEntry;
import th.go.sesaoret.servicedesk.security.domain.Role;

/** Sign-in rules on the real server: lockout, deactivation, the traffic log. */
@ExtendWith(ArquillianExtension.class)
class SignInIT {
  private static final String IP = "192.0.2.10";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(SignInIT.class);
  }

  @Inject SignIn signIn;
  @Inject PeopleAdministration people;
  @Inject AccessLog accessLog;
  @Inject AsAdmin admin;

  @Test
  void demoAccountsSignInWithTheirRole() {
    assertEquals(
        Optional.of(EnumSet.of(Role.REQUESTER)),
        signIn.verify("requester", "Dlict@2569".toCharArray(), IP));
    assertEquals(Optional.empty(), signIn.verify("requester", "wrong-pass1".toCharArray(), IP));
    assertEquals(Optional.empty(), signIn.verify("nobody-here", "Dlict@2569".toCharArray(), IP));
  }

  @Test
  void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
    admin.call(
        () ->
            people.create(
                "locktest", "ทดสอบ ล็อกบัญชี", null, "Correct1234", Set.of(Role.REQUESTER)));
    for (int i = 0; i < 5; i++) {
      assertTrue(signIn.verify("locktest", "Wrong12345".toCharArray(), IP).isEmpty());
    }
    assertTrue(signIn.verify("locktest", "Correct1234".toCharArray(), IP).isEmpty());

    List<AccessLogEntry> log = admin.call(() -> accessLog.page(0, 10));
    assertEquals(AccessEvent.SIGN_IN_LOCKED, log.get(0).event(), "the refused right password");
    assertEquals("locktest", log.get(0).username());
    assertEquals(IP, log.get(0).sourceIp());
    assertEquals(AccessEvent.SIGN_IN_LOCKED, log.get(1).event(), "the fifth wrong password");
    assertEquals(AccessEvent.SIGN_IN_FAILED, log.get(2).event());
  }

  @Test
  void aDeactivatedAccountCannotSignInAndAResetLiftsNothingElse() throws Exception {
    var row =
        admin.call(
            () ->
                people.create(
                    "leaver",
                    "ผู้ย้าย ออกไป",
                    "leaver@example.go.th",
                    "Correct1234",
                    Set.of(Role.STAFF)));
    admin.call(
        () -> {
          people.deactivate(row.id());
          return null;
        });
    assertTrue(signIn.verify("leaver", "Correct1234".toCharArray(), IP).isEmpty());
    admin.call(
        () -> {
          people.reactivate(row.id());
          people.resetPassword(row.id(), "NewSecret2569");
          return null;
        });
    assertEquals(
        Optional.of(EnumSet.of(Role.STAFF)),
        signIn.verify("LEAVER", "NewSecret2569".toCharArray(), IP));
  }

  @Test
  void anExpiredSessionLeavesItsEndInTheTrafficLog() throws Exception {
    signIn.sessionExpired("Clerk", "192.0.2.77");

    AccessLogEntry last = admin.call(() -> accessLog.page(0, 1)).get(0);
    assertEquals(AccessEvent.SESSION_EXPIRED, last.event());
    assertEquals("clerk", last.username());
    assertEquals("192.0.2.77", last.sourceIp());
  }
}
