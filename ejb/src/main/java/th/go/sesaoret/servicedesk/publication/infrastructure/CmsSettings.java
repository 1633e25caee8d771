package th.go.sesaoret.servicedesk.publication.infrastructure;

import java.net.URI;
import java.util.Optional;

/**
 * How the outbound connector reaches the office's website, from the environment: {@code
 * CMS_KIND=wordpress}, {@code CMS_URL} (the site's base address), {@code CMS_USER} and {@code
 * CMS_PASSWORD} (a WordPress application password). Off unless kind and address are set: the
 * default. Each is read again at every use, and a system property of the same meaning ({@code
 * servicedesk.cms.kind}, {@code .url}, {@code .user}, {@code .password}) comes first, so that a
 * test can point a running server at its stand-in site and off again.
 */
public record CmsSettings(String kind, URI url, String user, String password) {
  public static final String WORDPRESS = "wordpress";

  /** The settings now, or empty when the connector is off. */
  public static Optional<CmsSettings> current() {
    String kind = read("kind", "CMS_KIND");
    String url = read("url", "CMS_URL");
    if (kind == null || url == null || !WORDPRESS.equalsIgnoreCase(kind.strip())) {
      return Optional.empty();
    }
    String base = url.strip();
    if (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return Optional.of(
        new CmsSettings(
            WORDPRESS,
            URI.create(base),
            read("user", "CMS_USER"),
            read("password", "CMS_PASSWORD")));
  }

  private static String read(String property, String env) {
    String value = System.getProperty("servicedesk.cms." + property);
    if (value == null || value.isBlank()) {
      value = System.getenv(env);
    }
    return value == null || value.isBlank() ? null : value;
  }

  @Override
  public String toString() {
    return "CmsSettings[" + kind + " " + url + " as " + user + "]";
  }
}
