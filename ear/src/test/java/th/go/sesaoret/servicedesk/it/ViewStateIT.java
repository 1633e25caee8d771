package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a signed-in person's pages cost the server's memory: the view state a session holds (the
 * component state of each view, its view-scoped beans and their bookkeeping), measured by
 * serializing the session's attributes. A session keeps at most 10 views however many pages the
 * person opens, and signing in brings no state of the sign-in page along.
 */
@ExtendWith(ArquillianExtension.class)
class ViewStateIT {
  private static final String PASSWORD = "Dlict@2569";
  private static final int VIEWS = 30;
  private static final int KEPT = 10;
  private static long repair;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(
        ViewStateIT.class,
        WebClient.class,
        SessionProbeServlet.class,
        SecurityFixtureServlet.class);
  }

  /** Eleven repairs of the requester: a full page of their requests, the clerk's queue. */
  @BeforeAll
  static void requests() throws IOException {
    for (int i = 0; i < 11; i++) {
      repair = Long.parseLong(new WebClient().get("/it/security/repair").body().strip());
    }
  }

  @ParameterizedTest
  @CsvSource({
    "clerk, /requests/queue.xhtml, งานรอดำเนินการ",
    "requester, /requests/mine.xhtml, คำขอของฉัน",
    "requester, /requests/view.xhtml?id=, รายละเอียดคำขอ"
  })
  @RunAsClient
  void aSessionHoldsTheStateOfTenViewsAtMost(String user, String page, String title)
      throws Exception {
    String path = page.endsWith("=") ? page + repair : page;
    WebClient web = new WebClient();
    assertEquals(302, web.signIn(user, PASSWORD).statusCode());
    Map<String, Long> signedIn = probe(web);
    assertEquals(0, signedIn.get("views"), "no view of the sign-in page comes along");

    HttpResponse<String> first = web.get(path);
    assertEquals(200, first.statusCode(), path);
    assertTrue(first.body().contains(title), path + ": " + first.body());
    Map<String, Long> one = probe(web);
    for (int i = 1; i < VIEWS; i++) {
      assertEquals(200, web.get(path).statusCode());
    }
    Map<String, Long> many = probe(web);

    long perView = (many.get("total") - signedIn.get("total")) / Math.min(VIEWS, KEPT);
    System.out.printf(
        "[lean pages] %s %s: signed in %d B; one view %d B (component state %d B, view-scoped"
            + " beans %d B); after %d views %d B in %d views, %d bean maps, %d contexts: %d B a"
            + " view%n",
        user,
        page,
        signedIn.get("total"),
        one.get("total") - signedIn.get("total"),
        one.get("state"),
        one.get("beans"),
        VIEWS,
        many.get("total"),
        many.get("views"),
        many.get("viewMaps"),
        many.get("viewContexts"),
        perView);
    assertTrue(signedIn.get("total") < 2_048, "a signed-in session starts small: " + signedIn);
    assertEquals(KEPT, many.get("views"), "views kept");
    assertEquals(KEPT, many.get("viewMaps"), "view-scoped bean maps kept");
    assertEquals(KEPT, many.get("viewContexts"), "their bookkeeping, no more");
    assertTrue(perView < 12_288, path + ": " + perView + " bytes a view");
  }

  /** The caller's session as the probe measures it. */
  private static Map<String, Long> probe(WebClient web) throws IOException {
    Map<String, Long> found = new HashMap<>();
    for (String line : web.get("/it/session").body().split("\\R")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        found.put(line.substring(0, eq), Long.parseLong(line.substring(eq + 1).strip()));
      }
    }
    found.put("state", found.getOrDefault("attribute." + SessionProbeServlet.LOGICAL_VIEWS, 0L));
    found.put("beans", found.getOrDefault("attribute." + SessionProbeServlet.VIEW_MAPS, 0L));
    return found;
  }
}
