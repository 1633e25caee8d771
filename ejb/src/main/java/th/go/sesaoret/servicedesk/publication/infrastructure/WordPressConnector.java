package th.go.sesaoret.servicedesk.publication.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.go.sesaoret.servicedesk.publication.application.CmsConnector;

/**
 * The connector to a WordPress site over its REST API, with an application password (Basic auth
 * over the site's HTTPS): each file not yet uploaded goes to {@code /wp-json/wp/v2/media}, then the
 * post to {@code /wp-json/wp/v2/posts} (created once, then updated by its id) with its own images
 * pointing at their media addresses and its other files linked after the body, under the slug
 * {@code servicedesk-ID} (a retry whose first answer was lost finds it there); withdrawing sets the
 * post back to draft (WordPress keeps it, as the record here is kept). Any answer but 2xx, or no
 * answer, is an exception: the queue retries.
 */
public class WordPressConnector implements CmsConnector {
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  /** The slug of every post sent from here: {@code servicedesk-<publication id>}. */
  static final String SLUG_PREFIX = "servicedesk-";

  private static final Pattern OWN_FILE = Pattern.compile("attachment:([0-9]{1,18})");

  private final CmsSettings settings;
  private final HttpClient http;

  public WordPressConnector(CmsSettings settings) {
    this.settings = settings;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public void publish(CmsPost post, Remote known, Memory memory) {
    Map<Long, String> media = new HashMap<>(known.mediaIds());
    Map<Long, String> urls = new HashMap<>();
    for (CmsFile f : post.files()) {
      String id = media.get(f.id());
      JsonObject m;
      if (id == null) {
        m = upload(f);
        id = String.valueOf(m.getJsonNumber("id").longValue());
        memory.media(f.id(), id);
        media.put(f.id(), id);
      } else {
        m = json(send(request("/wp-json/wp/v2/media/" + id).GET()));
      }
      urls.put(f.id(), m.getString("source_url", ""));
    }
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("title", post.title())
            .add("excerpt", post.summary() == null ? "" : post.summary())
            .add("content", content(post, urls))
            .add("status", "publish");
    if (post.coverFileId() != null && media.containsKey(post.coverFileId())) {
      body.add("featured_media", Long.parseLong(media.get(post.coverFileId())));
    }
    // a post created before whose answer was lost (a timeout) is found by its slug, not made twice
    String slug = SLUG_PREFIX + post.publicationId();
    String postId = known.postId() != null ? known.postId() : bySlug(slug);
    if (postId == null) {
      body.add("slug", slug);
    } else if (known.postId() == null) {
      memory.post(postId);
    }
    String path = postId == null ? "/wp-json/wp/v2/posts" : "/wp-json/wp/v2/posts/" + postId;
    JsonObject created =
        json(
            send(
                request(path)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body.build().toString()))));
    if (postId == null) {
      memory.post(String.valueOf(created.getJsonNumber("id").longValue()));
    }
  }

  /** The id of the site's post (any status) with {@code slug}, or null. */
  private String bySlug(String slug) {
    String list = send(request("/wp-json/wp/v2/posts?context=edit&status=any&slug=" + slug).GET());
    try (JsonReader reader = Json.createReader(new StringReader(list))) {
      var found = reader.readArray();
      return found.isEmpty()
          ? null
          : String.valueOf(found.getJsonObject(0).getJsonNumber("id").longValue());
    } catch (RuntimeException e) {
      throw new CmsUnavailable("not a WordPress answer: " + e.getMessage(), e);
    }
  }

  @Override
  public void withdraw(String postId) {
    send(
        request("/wp-json/wp/v2/posts/" + postId)
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    Json.createObjectBuilder().add("status", "draft").build().toString())));
  }

  private JsonObject upload(CmsFile f) {
    String ascii = f.name().replaceAll("[^A-Za-z0-9._-]", "_");
    String disposition =
        "attachment; filename=\""
            + ascii
            + "\"; filename*=UTF-8''"
            + URLEncoder.encode(f.name(), StandardCharsets.UTF_8).replace("+", "%20");
    return json(
        send(
            request("/wp-json/wp/v2/media")
                .header("Content-Type", f.contentType())
                .header("Content-Disposition", disposition)
                .POST(HttpRequest.BodyPublishers.ofByteArray(f.content()))));
  }

  /** The body with its own images at their media addresses, and the other files linked. */
  static String content(CmsPost post, Map<Long, String> urls) {
    Matcher m = OWN_FILE.matcher(post.bodyHtml() == null ? "" : post.bodyHtml());
    String html =
        m.replaceAll(
            r -> Matcher.quoteReplacement(urls.getOrDefault(Long.valueOf(r.group(1)), "")));
    StringBuilder out = new StringBuilder(html);
    boolean listed = false;
    for (CmsFile f : post.files()) {
      if (f.contentType().startsWith("image/") || !urls.containsKey(f.id())) {
        continue;
      }
      if (!listed) {
        out.append("<ul class=\"servicedesk-files\">");
        listed = true;
      }
      out.append("<li><a href=\"")
          .append(escape(urls.get(f.id())))
          .append("\">")
          .append(escape(f.name()))
          .append("</a></li>");
    }
    if (listed) {
      out.append("</ul>");
    }
    if (post.canonicalUrl() != null) {
      out.append("<p><a href=\"")
          .append(escape(post.canonicalUrl()))
          .append("\">")
          .append(escape(post.canonicalUrl()))
          .append("</a></p>");
    }
    return out.toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(settings.url() + path)).timeout(TIMEOUT);
    if (settings.user() != null) {
      String pair =
          settings.user() + ":" + (settings.password() == null ? "" : settings.password());
      b.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
    return b.header("Accept", "application/json");
  }

  private String send(HttpRequest.Builder request) {
    HttpRequest r = request.build();
    try {
      HttpResponse<String> answer = http.send(r, HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() / 100 != 2) {
        throw new CmsUnavailable(r.method() + " " + r.uri().getPath() + ": " + answer.statusCode());
      }
      return answer.body();
    } catch (IOException e) {
      throw new CmsUnavailable(r.method() + " " + r.uri().getPath() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CmsUnavailable(r.method() + " " + r.uri().getPath() + ": interrupted", e);
    }
  }

  private static JsonObject json(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw new CmsUnavailable("not a WordPress answer: " + e.getMessage(), e);
    }
  }

  /** The site did not take what was sent (down, refusing, answering nonsense): retry later. */
  public static class CmsUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CmsUnavailable(String message) {
      super(message);
    }

    CmsUnavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
