package th.go.sesaoret.servicedesk.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * An upload larger than the whole form may carry (web.xml's multipart {@code max-request-size})
 * cannot be read, so neither the form nor an error page could show a message for it: the server
 * answered 400 or 500 with an empty body. This answers 413 with a short page that says so in Thai
 * and English instead, before anything reads the body (or when the multipart parser gives up on a
 * body that did not say its length). A file within that bound but over its policy's limit reaches
 * the form and gets the field's size message there.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class UploadLimit extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /** The same as web.xml's {@code max-request-size} of the Faces servlet. */
  static final long MAX_REQUEST_BYTES = 53_477_376L;

  private static final Pattern TOO_BIG = Pattern.compile(".*(TooLarge|TooBig).*");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean multipart =
        String.valueOf(request.getContentType()).toLowerCase(Locale.ROOT).startsWith("multipart/");
    if (multipart && request.getContentLengthLong() > MAX_REQUEST_BYTES) {
      refuse(response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (!multipart || !tooBig(e) || response.isCommitted()) {
        throw e;
      }
      refuse(response);
    }
  }

  private static boolean tooBig(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (TOO_BIG.matcher(t.getClass().getName()).matches()) {
        return true;
      }
    }
    return false;
  }

  private static void refuse(HttpServletResponse response) throws IOException {
    response.resetBuffer();
    response.setStatus(413);
    response.setContentType("text/html; charset=UTF-8");
    response.setHeader("Connection", "close");
    long mb = MAX_REQUEST_BYTES >> 20;
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"UTF-8\"><title>"
                + text("th", "error.upload.title", mb)
                + "</title></head><body><h1>"
                + text("th", "error.upload.title", mb)
                + "</h1><p>"
                + text("th", "error.upload.text", mb)
                + "</p><h2 lang=\"en\">"
                + text("en", "error.upload.title", mb)
                + "</h2><p lang=\"en\">"
                + text("en", "error.upload.text", mb)
                + "</p><p><a href=\"/home.xhtml\">"
                + text("th", "menu.home")
                + " / "
                + text("en", "menu.home")
                + "</a></p></body></html>");
  }

  private static String text(String language, String key, Object... args) {
    Locale locale = Locale.forLanguageTag(language);
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            "messages", locale, Thread.currentThread().getContextClassLoader());
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }
}
