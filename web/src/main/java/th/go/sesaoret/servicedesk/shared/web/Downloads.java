package th.go.sesaoret.servicedesk.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A download's {@code Content-Disposition}: an ASCII fallback name for old clients and the real
 * (e.g. Thai) name by RFC 5987 / 6266 ({@code filename*=UTF-8''...}).
 */
public final class Downloads {
  private Downloads() {}

  /** {@code attachment; filename="ascii"; filename*=UTF-8''encoded-name}. */
  public static String attachment(String name, String asciiFallback) {
    String ascii = asciiFallback.replaceAll("[^A-Za-z0-9._-]", "_");
    if (ascii.isBlank() || ascii.startsWith(".")) {
      ascii = "file" + ascii;
    }
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
