package th.go.sesaoret.servicedesk.it;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test deployments only: a request that carries {@code X-Count-Statements: <token>} has the SQL
 * statements it ran recorded ({@link StatementCounter}, on the request's own thread); {@code
 * /it/statements?token=<token>} answers them afterwards, one a line.
 */
@WebFilter("/*")
public class StatementCountFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  static final String HEADER = "X-Count-Statements";
  private static final Map<String, List<String>> COUNTED = new ConcurrentHashMap<>();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if ("/it/statements".equals(request.getServletPath())) {
      List<String> seen = COUNTED.remove(String.valueOf(request.getParameter("token")));
      response.setContentType("text/plain;charset=UTF-8");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      if (seen == null) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      response
          .getWriter()
          .write(String.join("\n", seen.stream().map(s -> s.replace('\n', ' ')).toList()));
      return;
    }
    String token = request.getHeader(HEADER);
    if (token == null) {
      chain.doFilter(request, response);
      return;
    }
    StatementCounter.start();
    try {
      chain.doFilter(request, response);
    } finally {
      COUNTED.put(token, StatementCounter.stop());
    }
  }
}
