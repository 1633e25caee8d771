package th.go.sesaoret.servicedesk.security.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/** A person who signs in: office staff, school personnel, approvers, DLICT staff. */
@Entity
@Cacheable
@Table(name = "person")
public class Person {
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, updatable = false, length = 60)
  private String username;

  @Column(name = "full_name", nullable = false, length = 200)
  private String fullName;

  @Column(length = 200)
  private String email;

  @Column(name = "password_hash", nullable = false, length = 300)
  private String passwordHash;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "failed_attempts", nullable = false)
  private int failedAttempts;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(nullable = false, length = 5)
  private String language;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  @Column(name = "opt_lock", nullable = false)
  private long optLock;

  @ElementCollection(fetch = FetchType.EAGER)
  @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
  @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 40)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  protected Person() {}

  public Person(
      String username,
      String fullName,
      String email,
      String passwordHash,
      Set<Role> roles,
      Instant createdAt) {
    this.username = normalizeUsername(username);
    if (!USERNAME.matcher(this.username).matches()) {
      throw new BusinessException("security.person.badUsername");
    }
    rename(fullName, email);
    this.passwordHash = passwordHash;
    this.active = true;
    this.language = "th";
    this.createdAt = createdAt;
    assignRoles(roles);
  }

  public static String normalizeUsername(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  public void rename(String fullName, String email) {
    if (fullName == null || fullName.isBlank()) {
      throw new BusinessException("security.person.nameRequired");
    }
    String mail = email == null || email.isBlank() ? null : email.strip();
    if (mail != null && !EMAIL.matcher(mail).matches()) {
      throw new BusinessException("security.person.badEmail");
    }
    this.fullName = fullName.strip();
    this.email = mail;
  }

  public void assignRoles(Set<Role> newRoles) {
    if (newRoles == null || newRoles.isEmpty()) {
      throw new BusinessException("security.person.roleRequired");
    }
    roles.clear();
    roles.addAll(newRoles);
  }

  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /** A correct password: the failure count starts again. */
  public void signedIn() {
    failedAttempts = 0;
    lockedUntil = null;
  }

  /**
   * A wrong password. Returns true when this failure locks the account.
   *
   * @param now the time of the attempt
   */
  public boolean failedSignIn(Instant now, LockoutPolicy policy) {
    failedAttempts++;
    if (failedAttempts >= policy.maxFailures()) {
      failedAttempts = 0;
      lockedUntil = now.plus(policy.lockFor());
      return true;
    }
    return false;
  }

  /** A new password set by an administrator; also lifts a lockout. */
  public void resetPassword(String newHash) {
    this.passwordHash = newHash;
    signedIn();
  }

  public void deactivate() {
    active = false;
  }

  public void reactivate() {
    active = true;
    signedIn();
  }

  public void preferLanguage(String lang) {
    this.language = "en".equals(lang) ? "en" : "th";
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String fullName() {
    return fullName;
  }

  public String email() {
    return email;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean isActive() {
    return active;
  }

  public Instant lockedUntil() {
    return lockedUntil;
  }

  public int failedAttempts() {
    return failedAttempts;
  }

  public String language() {
    return language;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Set<Role> roles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }
}
