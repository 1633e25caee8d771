package th.go.sesaoret.servicedesk.publication.application;

import java.io.Serializable;
import java.util.List;

/**
 * A saved post: its id, and what the sanitiser took out of its body (element names, or {@code
 * element@attribute}; empty when nothing), for the form to say so next to the editor.
 */
public record DraftSaved(long id, List<String> removed) implements Serializable {
  private static final long serialVersionUID = 1L;

  public DraftSaved {
    removed = List.copyOf(removed);
  }
}
