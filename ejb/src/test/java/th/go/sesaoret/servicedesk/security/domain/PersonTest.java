package th.go.sesaoret.servicedesk.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.go.sesaoret.servicedesk.shared.BusinessException;

class PersonTest {
  private static final Instant CREATED = Instant.parse("2026-11-25T01:00:00Z");
  private static final Instant MORNING = Instant.parse("2026-11-26T02:00:00Z");
  private static final String HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";

  private static Person person(String username, String fullName, String email, Set<Role> roles) {
    return new Person(username, fullName, email, HASH, roles, CREATED);
  }

  private static Person somchai() {
    return person("somchai", "สมชาย ใจดี", "somchai@sesao-ret.go.th", EnumSet.of(Role.REQUESTER));
  }

  private static String refusalKey(org.junit.jupiter.api.function.Executable action) {
    return assertThrows(BusinessException.class, action).key();
  }

  /** Fails {@code times} sign-ins a minute apart from MORNING; returns the last result. */
  private static boolean fail(Person p, int times) {
    boolean locked = false;
    for (int i = 0; i < times; i++) {
      locked = p.failedSignIn(MORNING.plusSeconds(60L * i), LockoutPolicy.DEFAULT);
    }
    return locked;
  }

  @Test
  void newPersonIsActiveThaiSpeakingAndUnlocked() {
    Person p = somchai();

    assertEquals("somchai", p.username());
    assertEquals("สมชาย ใจดี", p.fullName());
    assertEquals("somchai@sesao-ret.go.th", p.email());
    assertEquals(HASH, p.passwordHash());
    assertTrue(p.isActive());
    assertEquals("th", p.language());
    assertFalse(p.isLockedAt(MORNING));
    assertEquals(EnumSet.of(Role.REQUESTER), p.roles());
  }

  @Test
  void usernameIsStrippedAndLowerCased() {
    assertEquals(
        "somchai.k", person("  SomChai.K ", "Somchai", null, Set.of(Role.STAFF)).username());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "ab", "has space", "ไทย", "-dash", "", "  "})
  void refusesBadUsernames(String username) {
    assertEquals(
        "security.person.badUsername",
        refusalKey(() -> person(username, "Somchai", null, Set.of(Role.STAFF))));
  }

  @Test
  void refusesMissingUsername() {
    assertEquals(
        "security.person.badUsername",
        refusalKey(() -> person(null, "Somchai", null, Set.of(Role.STAFF))));
  }

  @Test
  void refusesBlankFullName() {
    assertEquals(
        "security.person.nameRequired",
        refusalKey(() -> person("somchai", "   ", null, Set.of(Role.STAFF))));
    assertEquals(
        "security.person.nameRequired",
        refusalKey(() -> person("somchai", null, null, Set.of(Role.STAFF))));
  }

  @Test
  void fullNameIsStripped() {
    assertEquals(
        "สมชาย ใจดี", person("somchai", " สมชาย ใจดี ", null, Set.of(Role.STAFF)).fullName());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"somchai", "somchai@", "somchai@sesao-ret", "som chai@x.go.th", "a@b@c.th"})
  void refusesBadEmail(String email) {
    assertEquals(
        "security.person.badEmail",
        refusalKey(() -> person("somchai", "Somchai", email, Set.of(Role.STAFF))));
  }

  @Test
  void blankEmailMeansNoEmail() {
    assertNull(person("somchai", "Somchai", "  ", Set.of(Role.STAFF)).email());
    assertNull(person("somchai", "Somchai", null, Set.of(Role.STAFF)).email());
  }

  @Test
  void refusesNoRoles() {
    assertEquals(
        "security.person.roleRequired",
        refusalKey(() -> person("somchai", "Somchai", null, Set.of())));
    assertEquals(
        "security.person.roleRequired", refusalKey(() -> person("somchai", "Somchai", null, null)));
  }

  @Test
  void fourFailuresDoNotLock() {
    Person p = somchai();

    assertFalse(fail(p, 4));
    assertFalse(p.isLockedAt(MORNING.plusSeconds(240)));
    assertNull(p.lockedUntil());
    assertEquals(4, p.failedAttempts());
  }

  @Test
  void theFifthFailureLocksForFifteenMinutes() {
    Person p = somchai();
    fail(p, 4);
    Instant fifth = MORNING.plusSeconds(300);

    assertTrue(p.failedSignIn(fifth, LockoutPolicy.DEFAULT));
    assertEquals(fifth.plus(Duration.ofMinutes(15)), p.lockedUntil());
    assertTrue(p.isLockedAt(fifth));
    assertTrue(p.isLockedAt(p.lockedUntil().minusSeconds(1)));
    assertFalse(p.isLockedAt(p.lockedUntil()));
    assertFalse(p.isLockedAt(p.lockedUntil().plusSeconds(1)));
  }

  @Test
  void signingInStartsTheCountAgain() {
    Person p = somchai();
    fail(p, 4);

    p.signedIn();

    assertEquals(0, p.failedAttempts());
    assertFalse(fail(p, 4));
    assertFalse(p.isLockedAt(MORNING.plusSeconds(240)));
  }

  @Test
  void resetPasswordLiftsALock() {
    Person p = somchai();
    assertTrue(fail(p, 5));

    p.resetPassword("new-hash");

    assertEquals("new-hash", p.passwordHash());
    assertFalse(p.isLockedAt(MORNING.plusSeconds(300)));
    assertNull(p.lockedUntil());
    assertEquals(0, p.failedAttempts());
  }

  @Test
  void deactivateAndReactivate() {
    Person p = somchai();

    p.deactivate();
    assertFalse(p.isActive());

    p.reactivate();
    assertTrue(p.isActive());
  }

  @Test
  void reactivateLiftsALock() {
    Person p = somchai();
    assertTrue(fail(p, 5));
    p.deactivate();

    p.reactivate();

    assertFalse(p.isLockedAt(MORNING.plusSeconds(300)));
  }

  @Test
  void rolesReturnsACopy() {
    Person p = person("somchai", "Somchai", null, EnumSet.of(Role.STAFF, Role.CLERK));

    Set<Role> roles = p.roles();
    roles.add(Role.ADMIN);
    roles.remove(Role.STAFF);

    assertEquals(EnumSet.of(Role.STAFF, Role.CLERK), p.roles());
  }

  @Test
  void rolesAreCopiedOnAssignment() {
    Set<Role> given = EnumSet.of(Role.REQUESTER);
    Person p = person("somchai", "Somchai", null, given);

    given.add(Role.ADMIN);

    assertEquals(EnumSet.of(Role.REQUESTER), p.roles());
  }

  @Test
  void preferLanguageAcceptsOnlyThaiOrEnglish() {
    Person p = somchai();

    p.preferLanguage("en");
    assertEquals("en", p.language());
    p.preferLanguage("fr");
    assertEquals("th", p.language());
  }
}
