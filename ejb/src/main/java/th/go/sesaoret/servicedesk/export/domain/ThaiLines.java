package th.go.sesaoret.servicedesk.export.domain;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Breaks a text into lines that fit a width, between words: Thai is written without spaces, so the
 * word boundaries come from the JDK's dictionary-based Thai {@link BreakIterator}; a line is never
 * broken inside a word unless the word alone is wider than the line (then at its characters).
 */
public final class ThaiLines {
  private static final Locale THAI = Locale.forLanguageTag("th");

  private ThaiLines() {}

  /** The words and spaces of {@code text} in order (joined they give the text back). */
  public static List<String> words(String text) {
    BreakIterator words = BreakIterator.getLineInstance(THAI);
    words.setText(text);
    List<String> out = new ArrayList<>();
    int start = words.first();
    for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      out.add(text.substring(start, end));
    }
    return out;
  }

  /**
   * {@code text} in lines no wider than {@code width} as {@code measure} measures (e.g. the font's
   * width in points); explicit line breaks kept.
   */
  public static List<String> lines(String text, double width, ToDoubleFunction<String> measure) {
    List<String> lines = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      lines.add("");
      return lines;
    }
    for (String paragraph : text.split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : words(paragraph)) {
        String candidate = line + word;
        if (line.length() == 0 || measure.applyAsDouble(candidate.stripTrailing()) <= width) {
          line.append(word);
        } else {
          lines.add(line.toString().stripTrailing());
          line = new StringBuilder(word.stripLeading());
        }
        // a single word wider than the line: cut at characters, the only way left
        while (measure.applyAsDouble(line.toString().stripTrailing()) > width
            && line.length() > 1) {
          int cut = line.length() - 1;
          while (cut > 1 && measure.applyAsDouble(line.substring(0, cut)) > width) {
            cut--;
          }
          lines.add(line.substring(0, cut));
          line = new StringBuilder(line.substring(cut));
        }
      }
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }

  /** {@code text} with a line break wherever {@link #lines} breaks it. */
  public static String wrap(String text, double width, ToDoubleFunction<String> measure) {
    return String.join("\n", lines(text, width, measure));
  }

  /** The width of {@code text}'s widest word as {@code measure} measures. */
  public static double widestWord(String text, ToDoubleFunction<String> measure) {
    double widest = 0;
    for (String word : words(text == null ? "" : text)) {
      widest = Math.max(widest, measure.applyAsDouble(word.strip()));
    }
    return widest;
  }

  /**
   * The font size, at most {@code size} and at least {@code smallest}, at which {@code text}'s
   * widest word fits {@code width} ({@code measure} measures at {@code size}; widths scale with the
   * size): a narrow column's heading gets a little smaller rather than a word cut in two.
   */
  public static float fittingSize(
      String text, double width, float size, float smallest, ToDoubleFunction<String> measure) {
    double widest = widestWord(text, measure);
    if (widest <= width || widest == 0) {
      return size;
    }
    return (float) Math.max(smallest, Math.floor(size * width / widest * 10) / 10);
  }
}
