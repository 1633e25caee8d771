package th.go.sesaoret.servicedesk.publication.domain;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * The words of a post as a reader reads them, without layout: the text of its (sanitised) HTML in
 * Unicode NFC, block boundaries as a space, every run of white space (no-break spaces included) as
 * one space, and the invisible characters Thai editors insert (zero-width space and joiners, BOM,
 * soft hyphen) removed. Two bodies with the same normalised text say the same thing: moving images,
 * splitting a list or bolding a word changes the layout, not the text.
 */
public final class PostText {
  private static final Pattern INVISIBLE =
      Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u3000]+");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

  private PostText() {}

  /** The normalised text of HTML {@code html}. */
  public static String ofHtml(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    return normalise(Jsoup.parseBodyFragment(html).body().text());
  }

  /** Plain text {@code text} normalised the same way (a title, a summary). */
  public static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFC);
    s = INVISIBLE.matcher(s).replaceAll("");
    s = CONTROL.matcher(s).replaceAll(" ");
    return SPACES.matcher(s).replaceAll(" ").strip();
  }
}
