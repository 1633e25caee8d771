package th.go.sesaoret.servicedesk.dashboard.web;

import java.math.BigDecimal;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A bar chart's chart.js configuration for PrimeFaces' {@code p:chart value}: labels, one or more
 * series, horizontal or not, no animation (the numbers are there at once, for a screenshot and for
 * someone who asked the system to reduce motion), the app's Thai-capable font on the axes, dark
 * colours that keep 4.5:1 against white. The page's CSP holds: PrimeFaces writes the chart's script
 * with the page's nonce, chart.js is its own resource.
 */
public final class ChartJson {
  /** Dark blue, 8.3:1 on white. */
  public static final String BLUE = "#1f4e8c";

  /** Dark green, 6.3:1 on white. */
  public static final String GREEN = "#1b6e3a";

  /** Dark red, 7.5:1 on white. */
  public static final String RED = "#a32020";

  /** Dark amber, 5.9:1 on white. */
  public static final String AMBER = "#8a5a00";

  static final String FONT = "Sarabun, 'Noto Sans Thai', Tahoma, Loma, Garuda, sans-serif";

  /** Labels longer than this are cut on the axis (the table beside shows them whole). */
  static final int LABEL_MAX = 54;

  /** An axis label's line (a label wraps onto up to three, so a phone's narrow chart keeps it). */
  static final int LINE_MAX = 18;

  private static final Locale THAI = Locale.forLanguageTag("th");

  private final List<List<String>> labels = new ArrayList<>();
  private final List<String> series = new ArrayList<>();
  private boolean horizontal;
  private boolean stacked;
  private Integer max;

  public static ChartJson bars(List<String> labels) {
    ChartJson c = new ChartJson();
    labels.forEach(l -> c.labels.add(lines(cut(l))));
    return c;
  }

  public ChartJson horizontal() {
    horizontal = true;
    return this;
  }

  public ChartJson stacked() {
    stacked = true;
    return this;
  }

  /** The value axis ends at {@code max} (100 for a percentage). */
  public ChartJson max(int max) {
    this.max = max;
    return this;
  }

  /** A series of counts or percentages (null: no bar). */
  public ChartJson series(String label, String colour, List<? extends Number> values) {
    StringBuilder s = new StringBuilder();
    s.append("{\"label\":").append(string(label));
    s.append(",\"backgroundColor\":").append(string(colour));
    s.append(",\"data\":[");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        s.append(',');
      }
      Number v = values.get(i);
      s.append(v == null ? "null" : number(v));
    }
    s.append("]}");
    series.add(s.toString());
    return this;
  }

  public String json() {
    StringBuilder j = new StringBuilder("{\"type\":\"bar\",\"data\":{\"labels\":[");
    for (int i = 0; i < labels.size(); i++) {
      if (i > 0) {
        j.append(',');
      }
      List<String> lines = labels.get(i);
      if (lines.size() == 1) {
        j.append(string(lines.get(0)));
      } else {
        j.append('[');
        for (int k = 0; k < lines.size(); k++) {
          j.append(k > 0 ? "," : "").append(string(lines.get(k)));
        }
        j.append(']');
      }
    }
    j.append("],\"datasets\":[").append(String.join(",", series)).append("]},");
    j.append("\"options\":{\"animation\":false,\"responsive\":true,\"maintainAspectRatio\":false");
    if (horizontal) {
      j.append(",\"indexAxis\":\"y\"");
    }
    String font = "{\"family\":" + string(FONT) + ",\"size\":13}";
    j.append(",\"plugins\":{\"legend\":{\"display\":")
        .append(series.size() > 1)
        .append(",\"labels\":{\"color\":\"#222\",\"font\":")
        .append(font)
        .append("}},\"tooltip\":{\"bodyFont\":")
        .append(font)
        .append(",\"titleFont\":")
        .append(font)
        .append("}}");
    String value = horizontal ? "x" : "y";
    String category = horizontal ? "y" : "x";
    j.append(",\"scales\":{");
    j.append(axis(category, font, null, false)).append(',');
    j.append(axis(value, font, max, true));
    j.append("}}}");
    return j.toString();
  }

  private String axis(String name, String font, Integer end, boolean values) {
    StringBuilder a = new StringBuilder(string(name)).append(":{");
    a.append("\"stacked\":").append(stacked);
    if (values) {
      a.append(",\"beginAtZero\":true");
      if (end != null) {
        a.append(",\"max\":").append(end);
      }
    }
    a.append(",\"ticks\":{\"color\":\"#222\",\"font\":").append(font);
    if (values) {
      a.append(",\"precision\":0");
    }
    a.append("}}");
    return a.toString();
  }

  static String cut(String label) {
    if (label == null) {
      return "";
    }
    if (label.length() <= LABEL_MAX) {
      return label;
    }
    int end = LABEL_MAX - 1;
    while (end > 1 && !breakable(label, end)) {
      end--;
    }
    return label.substring(0, end) + "…";
  }

  /**
   * {@code label} in lines of about {@link #LINE_MAX} characters, broken where a line may break
   * ({@link BreakIterator}'s line rules, which know Thai words from the JDK's dictionary: a Thai
   * word is never split, nor a vowel from its letter); a word longer than a line stays whole.
   */
  static List<String> lines(String label) {
    List<String> lines = new ArrayList<>();
    String rest = label.strip();
    while (rest.length() > LINE_MAX) {
      BreakIterator breaks = BreakIterator.getLineInstance(THAI);
      breaks.setText(rest);
      int at = breaks.preceding(LINE_MAX + 1);
      if (at <= 0) {
        at = breaks.following(LINE_MAX);
      }
      if (at <= 0 || at >= rest.length()) {
        break;
      }
      lines.add(rest.substring(0, at).strip());
      rest = rest.substring(at).strip();
    }
    if (!rest.isEmpty() || lines.isEmpty()) {
      lines.add(rest);
    }
    return lines;
  }

  /** True when {@code s} may be broken before index {@code i} (no mark follows alone). */
  static boolean breakable(String s, int i) {
    char next = s.charAt(i);
    boolean mark =
        next == '\u0E31'
            || (next >= '\u0E34' && next <= '\u0E3A')
            || (next >= '\u0E47' && next <= '\u0E4E');
    boolean leading = s.charAt(i - 1) >= '\u0E40' && s.charAt(i - 1) <= '\u0E44';
    return !mark && !leading && !Character.isLowSurrogate(next);
  }

  private static String number(Number v) {
    if (v instanceof BigDecimal b) {
      return b.toPlainString();
    }
    return v.toString();
  }

  /** A JSON string: quotes, backslashes and control characters escaped; "<" too (inside script). */
  static String string(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '<' -> b.append("\\u003c");
        case '>' -> b.append("\\u003e");
        case '&' -> b.append("\\u0026");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
