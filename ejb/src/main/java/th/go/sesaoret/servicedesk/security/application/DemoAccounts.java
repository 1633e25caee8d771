package th.go.sesaoret.servicedesk.security.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import th.go.sesaoret.servicedesk.security.domain.PasswordHashing;
import th.go.sesaoret.servicedesk.security.domain.Person;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * One demo account per role on an empty database, when the server runs with {@code
 * servicedesk.demo-data=true} (the default of the development server; switch it off in production
 * with SERVICEDESK_DEMO_DATA=false).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoAccounts {
  /** The demo password of every demo account (shown in the README). */
  public static final String PASSWORD = "Dlict@2569";

  /**
   * {@link #PASSWORD}'s hash, made once with {@link PasswordHashing#hash} and kept here: a hash
   * costs 0.3 s in a warm JVM and seconds in one just started (the SHA-512 loop is not compiled
   * yet), and eight of them held the deploy up. Nothing is given away that the README does not
   * already say; every demo account gets it (the test checks it still verifies at today's iteration
   * count). Each account's own new password gets its own salt as usual.
   */
  static final String PASSWORD_HASH =
      "PBKDF2WithHmacSHA512:210000:XNizhOkHU3+KobukcMUhCtxEupVZPF3O0JPkq6fWfsQ="
          + ":ejYkj7TcMq/iRpkYa8sWpoizRJKoehSIfSOH/uNPgUBpwTaAVDHZlPFS6Mec/hCxICgh3WXLM2u4qZkF8jOYCw==";

  private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

  record Demo(String username, String fullName, Role role) {}

  static final List<Demo> DEMOS =
      List.of(
          new Demo("requester", "ครูสมชาย ใจดี", Role.REQUESTER),
          new Demo("clerk", "นางสาวสมศรี รักงาน", Role.CLERK),
          new Demo("staff", "นายช่างชำนาญ ซ่อมเก่ง", Role.STAFF),
          new Demo("technician", "นายวิชัย ช่างไฟ", Role.STAFF),
          new Demo("groupdirector", "นายประสิทธิ์ มั่นคง", Role.GROUP_DIRECTOR),
          new Demo("deputy", "นางวิไลวรรณ ศรีสุข", Role.DEPUTY_DIRECTOR),
          new Demo("director", "ดร.อำนวย ทองดี", Role.DIRECTOR),
          new Demo("admin", "ผู้ดูแลระบบ", Role.ADMIN));

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  @PostConstruct
  void seed() {
    if (!Boolean.parseBoolean(System.getProperty("servicedesk.demo-data", "false"))) {
      return;
    }
    long people = em.createQuery("select count(p) from Person p", Long.class).getSingleResult();
    if (people > 0) {
      return;
    }
    for (Demo demo : DEMOS) {
      Role role = demo.role();
      em.persist(
          new Person(
              demo.username(),
              demo.fullName(),
              demo.username() + "@example.go.th",
              PASSWORD_HASH,
              EnumSet.of(role),
              clock.instant()));
    }
    LOG.info(createdNotice());
  }

  /**
   * The start-up log line: how many accounts, and where their password is written down (never the
   * password itself: a log travels further than the README).
   */
  static String createdNotice() {
    return "Demo accounts created: "
        + DEMOS.size()
        + " ("
        + String.join(", ", DEMOS.stream().map(Demo::username).toList())
        + "); their password is in README.md, section \"Demo accounts\"."
        + " Set SERVICEDESK_DEMO_DATA=false in production.";
  }
}
