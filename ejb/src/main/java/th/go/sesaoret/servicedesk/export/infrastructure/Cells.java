package th.go.sesaoret.servicedesk.export.infrastructure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import th.go.sesaoret.servicedesk.export.domain.CellKind;
import th.go.sesaoret.servicedesk.shared.DateDisplay;
import th.go.sesaoret.servicedesk.shared.OfficeTime;

/** A cell's value as each format writes it. */
final class Cells {
  private static final DateTimeFormatter ISO_MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private Cells() {}

  static LocalDateTime local(Object value) {
    if (value instanceof Instant i) {
      return LocalDateTime.ofInstant(i, OfficeTime.ZONE);
    }
    if (value instanceof LocalDateTime t) {
      return t;
    }
    if (value instanceof LocalDate d) {
      return d.atStartOfDay();
    }
    return null;
  }

  /** As a person reads it: dates in the Buddhist era in Thai, numbers grouped. */
  static String shown(Object value, CellKind kind, DateDisplay dates, Locale locale) {
    if (value == null) {
      return "";
    }
    return switch (kind) {
      case DATE -> dates.date(local(value).toLocalDate());
      case DATE_TIME -> {
        LocalDateTime t = local(value);
        yield t == null ? value.toString() : dates.dateTime(t.atZone(OfficeTime.ZONE).toInstant());
      }
      case INTEGER, DECIMAL -> {
        if (!(value instanceof Number n)) {
          yield value.toString();
        }
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(Locale.ROOT);
        f.setGroupingUsed(true);
        f.setMaximumFractionDigits(kind == CellKind.DECIMAL ? 2 : 0);
        yield n instanceof BigDecimal b ? f.format(b) : f.format(n.doubleValue());
      }
      case TEXT -> value.toString();
    };
  }

  /** As a program reads it: plain numbers (a dot, no grouping), ISO dates. */
  static String plain(Object value, CellKind kind) {
    if (value == null) {
      return "";
    }
    return switch (kind) {
      case DATE -> local(value).toLocalDate().toString();
      case DATE_TIME -> {
        LocalDateTime t = local(value);
        yield t == null ? value.toString() : ISO_MINUTE.format(t);
      }
      case INTEGER, DECIMAL -> {
        if (value instanceof Double d) {
          yield BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof BigDecimal b) {
          yield b.toPlainString();
        }
        yield value.toString();
      }
      case TEXT -> value.toString();
    };
  }
}
