package th.go.sesaoret.servicedesk.export.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The lines above an export's table, already in the reader's language: its title, the office, any
 * facts (the filters, the period, a note that the rows were capped) and when it was made; the
 * sheet's name in a workbook.
 */
public record SheetHeading(
    String title, String office, List<String> facts, String madeAtLabel, Instant madeAt) {
  public SheetHeading {
    Objects.requireNonNull(title, "title");
    facts = facts == null ? List.of() : List.copyOf(facts);
  }

  /** The same heading with one more fact at the end. */
  public SheetHeading with(String fact) {
    List<String> more = new java.util.ArrayList<>(facts);
    more.add(fact);
    return new SheetHeading(title, office, more, madeAtLabel, madeAt);
  }
}
