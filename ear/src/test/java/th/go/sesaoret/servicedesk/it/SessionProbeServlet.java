package th.go.sesaoret.servicedesk.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Collections;
import java.util.Map;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Test deployments only: what the server holds for the caller ({@code /it/session}, the caller's
 * own session cookie) and for everyone ({@code /it/session?count}: the web module's active sessions
 * from the management model). For each session attribute its name and its size serialized (what a
 * session replica or a passivated session would cost; in memory it is of the same order), and the
 * number of Faces views the session holds, so a test can measure a page's view state.
 */
@WebServlet("/it/session")
public class SessionProbeServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  static final String LOGICAL_VIEWS =
      "com.sun.faces.renderkit.ServerSideStateHelper.LogicalViewMap";
  static final String VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";
  static final String VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    PrintWriter out = response.getWriter();
    if (request.getParameter("count") != null) {
      out.println("active=" + activeSessions());
      return;
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      out.println("session=none");
      return;
    }
    long total = 0;
    for (String name : Collections.list(session.getAttributeNames())) {
      Object value = session.getAttribute(name);
      long size = serializedSize(value);
      total += Math.max(size, 0);
      out.println("attribute." + name + "=" + size);
    }
    out.println("total=" + total);
    out.println("views=" + views(session.getAttribute(LOGICAL_VIEWS)));
    out.println("viewMaps=" + size(session.getAttribute(VIEW_MAPS)));
    out.println("viewContexts=" + size(session.getAttribute(VIEW_CONTEXTS)));
    if (request.getParameter("dump") != null) {
      dump(out, "state", session.getAttribute(LOGICAL_VIEWS), 0);
      dump(out, "viewMap", session.getAttribute(VIEW_MAPS), 0);
      dump(out, "viewContexts", session.getAttribute(VIEW_CONTEXTS), 0);
    }
  }

  private static void dump(PrintWriter out, String name, Object value, int depth) {
    out.println(
        "  ".repeat(depth)
            + name
            + " "
            + (value == null ? "null" : value.getClass().getSimpleName())
            + " "
            + serializedSize(value));
    if (depth > 11 || value == null) {
      return;
    }
    if (value instanceof Map<?, ?> m) {
      for (var e : m.entrySet()) {
        dump(out, String.valueOf(e.getKey()), e.getValue(), depth + 1);
      }
    } else if (value instanceof Object[] a) {
      for (int i = 0; i < a.length; i++) {
        dump(out, "[" + i + "]", a[i], depth + 1);
      }
    } else if (value instanceof java.util.Collection<?> c) {
      int i = 0;
      for (Object o : c) {
        dump(out, "(" + i++ + ")", o, depth + 1);
      }
    } else if (value.getClass().getName().startsWith("com.sun.faces")) {
      for (java.lang.reflect.Field f : value.getClass().getDeclaredFields()) {
        if (!java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
          try {
            f.setAccessible(true);
            dump(out, "." + f.getName(), f.get(value), depth + 1);
          } catch (ReflectiveOperationException | RuntimeException e) {
            out.println("  ".repeat(depth + 1) + "." + f.getName() + " ?");
          }
        }
      }
    } else if (value instanceof String str) {
      out.println("  ".repeat(depth + 1) + "= " + str);
    }
  }

  /** The views in Mojarra's server-side state: logical views, each with its actual views. */
  private static int views(Object logical) {
    if (!(logical instanceof Map<?, ?> map)) {
      return 0;
    }
    int n = 0;
    synchronized (map) {
      for (Object actual : map.values()) {
        n += size(actual);
      }
    }
    return n;
  }

  private static int size(Object map) {
    return map instanceof Map<?, ?> m ? m.size() : 0;
  }

  private static long serializedSize(Object value) {
    if (value == null) {
      return 0;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      synchronized (value) {
        out.writeObject(value);
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return bytes.size();
  }

  private static Object activeSessions() throws IOException {
    try {
      return ManagementFactory.getPlatformMBeanServer()
          .getAttribute(
              new ObjectName(
                  "jboss.as:deployment=servicedesk.ear,subdeployment="
                      + Deployments.WEB_MODULE
                      + ",subsystem=undertow"),
              "activeSessions");
    } catch (JMException e) {
      throw new IOException(e);
    }
  }
}
