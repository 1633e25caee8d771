package th.go.sesaoret.servicedesk.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The EAR that {@code mvn package} built, as it is: whole-app tests deploy the real thing. For
 * in-container tests the test classes ride along in the web module.
 */
public final class Deployments {
  static final String WEB_MODULE = "servicedesk-web.war";
  static final String EJB_MODULE = "servicedesk-ejb.jar";

  private Deployments() {}

  /** The application exactly as built. */
  public static EnterpriseArchive application() {
    File ear = new File(System.getProperty("servicedesk.ear", "target/servicedesk.ear"));
    if (!ear.isFile()) {
      throw new IllegalStateException("Run `mvn package` first: " + ear + " is missing");
    }
    return ShrinkWrap.create(ZipImporter.class, "servicedesk.ear")
        .importFrom(ear)
        .as(EnterpriseArchive.class);
  }

  /** The application with the given test classes added to its web module. */
  public static EnterpriseArchive withTestClasses(Class<?>... classes) {
    return withTestClasses(List.of(), classes);
  }

  /** The same, with test libraries (jars) in the web module too. */
  public static EnterpriseArchive withTestClasses(List<File> libraries, Class<?>... classes) {
    EnterpriseArchive ear = application();
    WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
    libraries.forEach(web::addAsLibrary);
    web.addClasses(classes);
    web.addClasses(
        Deployments.class,
        AsAdmin.class,
        AsRequester.class,
        AsOtherRequester.class,
        AsClerk.class,
        AsStaff.class,
        AsOtherTechnician.class,
        AsGroupDirector.class,
        AsDeputy.class,
        AsDirector.class);
    ear.delete(WEB_MODULE);
    ear.addAsModule(web);
    return ear;
  }

  /**
   * The same {@code ear} counting each HTTP request's SQL statements ({@link StatementCounter} in
   * the EJB module, named as the persistence unit's statement inspector; {@link
   * StatementCountFilter} in the web module): the application's persistence unit as built, plus
   * that one property.
   */
  public static EnterpriseArchive countingStatements(EnterpriseArchive ear) {
    JavaArchive ejb = ear.getAsType(JavaArchive.class, EJB_MODULE);
    String unit = text(ejb.get("META-INF/persistence.xml").getAsset());
    String counted =
        unit.replace(
            "<properties>",
            "<properties>\n      <property name=\"hibernate.session_factory.statement_inspector\""
                + " value=\""
                + StatementCounter.class.getName()
                + "\"/>");
    if (counted.equals(unit)) {
      throw new IllegalStateException("no <properties> in the persistence unit");
    }
    ejb.delete("META-INF/persistence.xml");
    ejb.addAsManifestResource(new StringAsset(counted), "persistence.xml");
    ejb.addClasses(StatementCounter.class);
    ear.delete(EJB_MODULE);
    ear.addAsModule(ejb);
    WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
    web.addClasses(StatementCountFilter.class);
    ear.delete(WEB_MODULE);
    ear.addAsModule(web);
    return ear;
  }

  private static String text(Asset asset) {
    try (InputStream in = asset.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The same {@code ear} with {@code classes} in its EJB module too, where the application's own
   * beans see them (e.g. a service plug-in that only a test defines).
   */
  public static EnterpriseArchive inEjbModule(EnterpriseArchive ear, Class<?>... classes) {
    JavaArchive ejb = ear.getAsType(JavaArchive.class, EJB_MODULE);
    ejb.addClasses(classes);
    ear.delete(EJB_MODULE);
    ear.addAsModule(ejb);
    return ear;
  }
}
