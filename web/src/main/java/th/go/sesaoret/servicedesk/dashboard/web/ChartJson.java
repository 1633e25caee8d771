package th.go.sesaoret.servicedesk.dashboard.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

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
  static final int LABEL_MAX = 34;

  private final List<String> labels = new ArrayList<>();
  private final List<String> series = new ArrayList<>();
  private boolean horizontal;
  private boolean stacked;
  private Integer max;

  public static ChartJson bars(List<String> labels) {
    ChartJson c = new ChartJson();
    labels.forEach(l -> c.labels.add(cut(l)));
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
      j.append(string(labels.get(i)));
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
    return label.length() <= LABEL_MAX ? label : label.substring(0, LABEL_MAX - 1) + "…";
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
