package th.go.sesaoret.servicedesk.publication.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * A post's body as HTML, sanitised on the server by the OWASP Java HTML Sanitizer with a narrow
 * policy: paragraphs, headings, lists, bold / italic / underline, quotes, tables, links (http,
 * https, mailto; opened with {@code rel="noopener noreferrer"}) and images of the post's own files
 * only ({@code <img src="attachment:ID">}). Everything else (script, styles, event handlers, other
 * URL schemes, foreign images) is dropped, and {@link #removed()} names what was, so the form can
 * say so next to the editor.
 */
public final class PostHtml {
  /** The longest body accepted, in characters of HTML as the editor sends it. */
  public static final int MAX_LENGTH = 200_000;

  /** The URL scheme of a post's own file in its body: {@code attachment:123}. */
  public static final String FILE_SCHEME = "attachment:";

  private static final Pattern OWN_FILE = Pattern.compile("attachment:([0-9]{1,18})");
  private static final Pattern LINK = Pattern.compile("(?i)(https?://|mailto:)[^\\s\"'<>]{1,2000}");
  private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]?");

  private final String html;
  private final List<String> removed;

  private PostHtml(String html, List<String> removed) {
    this.html = html;
    this.removed = List.copyOf(removed);
  }

  /**
   * {@code input} sanitised; images keep only a {@code src} naming one of {@code ownFileIds}. Null
   * or blank is the empty body.
   */
  public static PostHtml sanitise(String input, Set<Long> ownFileIds) {
    if (input == null || input.isBlank()) {
      return new PostHtml("", List.of());
    }
    List<String> removed = new ArrayList<>();
    String clean =
        policy(ownFileIds)
            .sanitize(
                input,
                new HtmlChangeListener<List<String>>() {
                  @Override
                  public void discardedTag(List<String> context, String elementName) {
                    context.add(elementName);
                  }

                  @Override
                  public void discardedAttributes(
                      List<String> context, String tagName, String... attributeNames) {
                    for (String a : attributeNames) {
                      context.add(tagName + "@" + a);
                    }
                  }
                },
                removed);
    return new PostHtml(clean, new ArrayList<>(new LinkedHashSet<>(removed)));
  }

  private static PolicyFactory policy(Set<Long> ownFileIds) {
    return new HtmlPolicyBuilder()
        .allowElements(
            "p",
            "br",
            "h2",
            "h3",
            "h4",
            "ul",
            "ol",
            "li",
            "strong",
            "b",
            "em",
            "i",
            "u",
            "s",
            "blockquote",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "caption",
            "a",
            "img")
        .allowUrlProtocols("https", "http", "mailto", "attachment")
        .allowAttributes("href")
        .matching(LINK)
        .onElements("a")
        .requireRelsOnLinks("noopener", "noreferrer")
        .allowAttributes("src")
        .matching(
            (element, attribute, value) -> {
              Matcher m = OWN_FILE.matcher(value);
              return m.matches() && ownFileIds.contains(Long.valueOf(m.group(1))) ? value : null;
            })
        .onElements("img")
        .allowAttributes("alt")
        .matching(Pattern.compile("[^<>]{0,300}"))
        .onElements("img")
        .allowAttributes("colspan", "rowspan")
        .matching(NUMBER)
        .onElements("td", "th")
        .toFactory();
  }

  /** The sanitised HTML (empty for an empty body). */
  public String html() {
    return html;
  }

  /** What the sanitiser dropped (element names, or {@code element@attribute}); empty if nothing. */
  public List<String> removed() {
    return removed;
  }

  /** The ids of the post's own files that the body shows as images, in order of appearance. */
  public static Set<Long> imageIds(String html) {
    Set<Long> ids = new LinkedHashSet<>();
    if (html != null) {
      Matcher m = OWN_FILE.matcher(html);
      while (m.find()) {
        ids.add(Long.valueOf(m.group(1)));
      }
    }
    return ids;
  }

  /**
   * {@code html} with each own-file image source replaced by {@code urlPrefix + id} (the page's
   * file link: a preview's or the public post's). The HTML must be sanitised already.
   */
  public static String withFileUrls(String html, String urlPrefix) {
    if (html == null) {
      return "";
    }
    return OWN_FILE.matcher(html).replaceAll(m -> Matcher.quoteReplacement(urlPrefix + m.group(1)));
  }
}
