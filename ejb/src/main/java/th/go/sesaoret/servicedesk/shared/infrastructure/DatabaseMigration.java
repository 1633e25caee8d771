package th.go.sesaoret.servicedesk.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date at deploy, before anything else uses the database (Flyway, the
 * scripts in {@code db/migration}). Bean-managed: Flyway drives its own transactions.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {
  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = "java:jboss/datasources/ServiceDeskDS")
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    var result =
        Flyway.configure(DatabaseMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    // Flyway names a target version only when it applied something
    String version =
        result.targetSchemaVersion != null
            ? result.targetSchemaVersion
            : result.initialSchemaVersion;
    LOG.info(
        () ->
            "Database schema at version "
                + version
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }
}
