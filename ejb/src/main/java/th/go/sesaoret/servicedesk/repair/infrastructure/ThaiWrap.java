package th.go.sesaoret.servicedesk.repair.infrastructure;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Makes Thai text breakable for a layout engine that breaks lines only at spaces: Thai writes no
 * spaces between words, so a zero width space (U+200B) goes in at every Thai word boundary.
 */
public final class ThaiWrap {

  /** The zero width space: invisible, but a place where a line may break. */
  public static final char ZERO_WIDTH_SPACE = '\u200B';

  private static final Locale THAI = Locale.forLanguageTag("th");

  private ThaiWrap() {}

  /**
   * The text with a zero width space between any two adjacent Thai words; everything else (spaces,
   * Latin, digits, punctuation) is left as it is. {@code null} stays {@code null}.
   */
  public static String breakable(String text) {
    if (text == null || text.chars().noneMatch(ThaiWrap::isThai)) {
      return text;
    }
    BreakIterator words = BreakIterator.getWordInstance(THAI);
    words.setText(text);
    StringBuilder out = new StringBuilder(text.length() + text.length() / 4);
    int start = words.first();
    for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      out.append(text, start, end);
      if (end < text.length() && isThai(text.charAt(end - 1)) && isThai(text.charAt(end))) {
        out.append(ZERO_WIDTH_SPACE);
      }
    }
    return out.toString();
  }

  /** The text without the zero width spaces {@link #breakable} put in. */
  public static String plain(String text) {
    return text == null ? null : text.replace(String.valueOf(ZERO_WIDTH_SPACE), "");
  }

  private static boolean isThai(int c) {
    return c >= 0x0E01 && c <= 0x0E5B;
  }
}
