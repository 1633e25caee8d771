package th.go.sesaoret.servicedesk.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client against the test server, as a tester with a proxy would use it: no browser,
 * no redirects followed, cookies kept by hand so a test can plant, swap or drop them.
 */
final class WebClient {
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
  private static final Pattern SIGN_IN_TOKEN =
      Pattern.compile("name=\"signin-token\" value=\"([^\"]+)\"");
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  final String base;
  final Map<String, String> cookies = new LinkedHashMap<>();
  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(20))
          .build();

  WebClient() {
    // the test's JVM knows the offset as it.port.offset, the server's own (in-container) as
    // jboss.socket.binding.port-offset
    int offset =
        Integer.getInteger(
            "it.port.offset", Integer.getInteger("jboss.socket.binding.port-offset", 100));
    base = "http://localhost:" + (8080 + offset);
  }

  HttpResponse<String> get(String path, String... headers) throws IOException {
    return send(request(path, headers).GET());
  }

  HttpResponse<String> post(String path, Map<String, String> form, String... headers)
      throws IOException {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        request(path, headers)
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A multipart/form-data POST: text fields, then one file field. */
  HttpResponse<String> postMultipart(
      String path, Map<String, String> fields, String fileField, String fileName, byte[] content)
      throws IOException {
    String boundary = "----it" + System.nanoTime();
    List<byte[]> parts = new ArrayList<>();
    for (var e : fields.entrySet()) {
      parts.add(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + e.getKey()
                  + "\"\r\n\r\n"
                  + e.getValue()
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    parts.add(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + fileField
                + "\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    parts.add(content);
    parts.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArrays(parts)));
  }

  /** Signs in through the login page as a person would; returns the answer to the POST. */
  HttpResponse<String> signIn(String username, String password) throws IOException {
    String page = get("/login.xhtml").body();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", "login");
    form.put("login:username", username);
    form.put("login:password", password);
    form.put("login:submit", "");
    form.put("jakarta.faces.ViewState", viewState(page));
    form.put("primefaces.nonce", nonce(page));
    form.put("signin-token", signInToken(page));
    return post("/login.xhtml", form);
  }

  /** The sign-in form's token against login CSRF (the same as the browser's sign-in cookie). */
  static String signInToken(String html) {
    Matcher m = SIGN_IN_TOKEN.matcher(html);
    if (!m.find()) {
      throw new AssertionError("no sign-in token in the page: " + html);
    }
    return m.group(1);
  }

  String session() {
    return cookies.get("JSESSIONID");
  }

  /** The page's script nonce, which PrimeFaces' scripts send back with every postback. */
  static String nonce(String html) {
    Matcher m = NONCE.matcher(html);
    if (!m.find()) {
      throw new AssertionError("no CSP nonce in the page: " + html);
    }
    return m.group(1);
  }

  static String viewState(String html) {
    Matcher m = VIEW_STATE.matcher(html);
    if (!m.find()) {
      throw new AssertionError("no view state in the page: " + html);
    }
    return m.group(1).replace("&#58;", ":").replace("&amp;", "&");
  }

  private HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
    if (!cookies.isEmpty()) {
      b.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; ")));
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return b;
  }

  /** A GET whose answer is a file (issue 13 part H4: the exports). */
  HttpResponse<byte[]> getBytes(String path, String... headers) throws IOException {
    return sendBytes(request(path, headers).GET());
  }

  /** A form POST whose answer is a file (a list's export button). */
  HttpResponse<byte[]> postForBytes(String path, Map<String, String> form) throws IOException {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return sendBytes(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) throws IOException {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      for (String set : response.headers().allValues("Set-Cookie")) {
        String pair = set.split(";", 2)[0];
        int eq = pair.indexOf('=');
        cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
      }
      return response;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
