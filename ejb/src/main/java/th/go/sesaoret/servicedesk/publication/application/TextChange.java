package th.go.sesaoret.servicedesk.publication.application;

import java.io.Serializable;
import java.util.List;
import th.go.sesaoret.servicedesk.publication.domain.WordDiff;

/**
 * Staff's edit as a change of the approved words (step 5): the word-level diff, in reading order;
 * empty when the edit is layout only (the approval stands).
 */
public record TextChange(List<Run> runs) implements Serializable {
  /** A run of words kept, removed or added. */
  public record Run(WordDiff.Kind kind, String text) implements Serializable {
    public boolean removed() {
      return kind == WordDiff.Kind.REMOVED;
    }

    public boolean added() {
      return kind == WordDiff.Kind.ADDED;
    }
  }

  public TextChange {
    runs = List.copyOf(runs);
  }

  static TextChange of(List<WordDiff.Segment> diff) {
    return new TextChange(diff.stream().map(s -> new Run(s.kind(), s.text())).toList());
  }

  /** True when the edit changes no approved word. */
  public boolean isLayoutOnly() {
    return runs.isEmpty();
  }
}
