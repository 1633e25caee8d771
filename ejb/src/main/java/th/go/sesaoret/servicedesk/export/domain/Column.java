package th.go.sesaoret.servicedesk.export.domain;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of an export: its heading (already in the reader's language), the kind of its cells,
 * its relative width in the PDF, and how a row gives its value (a {@code String}, a {@code Number},
 * an {@code Instant}, a {@code LocalDate} or {@code LocalDateTime}; null for an empty cell).
 *
 * @param <T> the row type
 */
public record Column<T>(String heading, CellKind kind, float width, Function<T, ?> value) {
  public Column {
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    if (width <= 0) {
      throw new IllegalArgumentException("width");
    }
  }

  public static <T> Column<T> text(String heading, float width, Function<T, ?> value) {
    return new Column<>(heading, CellKind.TEXT, width, value);
  }

  public static <T> Column<T> integer(String heading, Function<T, ? extends Number> value) {
    return new Column<>(heading, CellKind.INTEGER, 1, value);
  }

  public static <T> Column<T> decimal(String heading, Function<T, ? extends Number> value) {
    return new Column<>(heading, CellKind.DECIMAL, 1, value);
  }

  public static <T> Column<T> date(String heading, Function<T, ?> value) {
    return new Column<>(heading, CellKind.DATE, 1.4f, value);
  }

  public static <T> Column<T> dateTime(String heading, Function<T, ?> value) {
    return new Column<>(heading, CellKind.DATE_TIME, 1.8f, value);
  }

  public Object of(T row) {
    return value.apply(row);
  }
}
