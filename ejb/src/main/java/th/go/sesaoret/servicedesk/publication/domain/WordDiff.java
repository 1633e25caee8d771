package th.go.sesaoret.servicedesk.publication.domain;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word-level difference between an approved text and a changed one (java-diff-utils over words).
 * Thai is written without spaces between words: words are found by the JDK's Thai dictionary {@link
 * BreakIterator}, so a changed word shows as that word, not as its whole sentence.
 */
public final class WordDiff {
  private static final Locale THAI = Locale.forLanguageTag("th");

  /** A run of words kept, removed from the approved text or added to it. */
  public enum Kind {
    SAME,
    REMOVED,
    ADDED
  }

  /** One run of the difference, in reading order. */
  public record Segment(Kind kind, String text) {}

  private WordDiff() {}

  /** The difference from {@code approved} to {@code changed}, as runs in reading order. */
  public static List<Segment> between(String approved, String changed) {
    List<String> a = words(approved);
    List<String> b = words(changed);
    Patch<String> patch = DiffUtils.diff(a, b);
    List<Segment> out = new ArrayList<>();
    int at = 0;
    for (AbstractDelta<String> d : patch.getDeltas()) {
      int from = d.getSource().getPosition();
      add(out, Kind.SAME, a.subList(at, from));
      add(out, Kind.REMOVED, d.getSource().getLines());
      add(out, Kind.ADDED, d.getTarget().getLines());
      at = from + d.getSource().size();
    }
    add(out, Kind.SAME, a.subList(at, a.size()));
    return out;
  }

  /** True when the two texts have the same words. */
  public static boolean same(String approved, String changed) {
    return between(approved, changed).stream().allMatch(s -> s.kind() == Kind.SAME);
  }

  /** The words of {@code text}, the spaces and punctuation between them kept as their own runs. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    BreakIterator it = BreakIterator.getWordInstance(THAI);
    it.setText(text);
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      out.add(text.substring(start, end));
    }
    return out;
  }

  private static void add(List<Segment> out, Kind kind, List<String> words) {
    if (words.isEmpty()) {
      return;
    }
    String text = String.join("", words);
    if (!out.isEmpty() && out.get(out.size() - 1).kind() == kind) {
      Segment last = out.remove(out.size() - 1);
      text = last.text() + text;
    }
    out.add(new Segment(kind, text));
  }
}
