package th.go.sesaoret.servicedesk.security.web;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import th.go.sesaoret.servicedesk.security.application.SignIn;

/**
 * Remembers who signed in on a session and from where, so that a session ending by timeout still
 * leaves its end in the traffic log (Computer-Related Crime Act s.26 asks for log-out times). A
 * deliberate sign-out forgets the session first and is logged as such.
 */
@WebListener
public class SessionTraffic implements HttpSessionListener {
  static final String USER = "servicedesk.signedIn.user";
  static final String IP = "servicedesk.signedIn.ip";

  @EJB private SignIn signIn;

  static void signedIn(HttpSession session, String username, String ip) {
    session.setAttribute(USER, username);
    session.setAttribute(IP, ip);
  }

  static void forget(HttpSession session) {
    if (session != null) {
      session.removeAttribute(USER);
      session.removeAttribute(IP);
    }
  }

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    HttpSession session = event.getSession();
    Object user = session.getAttribute(USER);
    if (user != null) {
      signIn.sessionExpired(user.toString(), String.valueOf(session.getAttribute(IP)));
    }
  }
}
