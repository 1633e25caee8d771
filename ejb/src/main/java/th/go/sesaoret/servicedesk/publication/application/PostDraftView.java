package th.go.sesaoret.servicedesk.publication.application;

import java.io.Serializable;
import java.util.List;

/**
 * A post as its form edits it: a draft (no request yet), or a submitted post back with its
 * requester for correction ({@code requestId} set).
 */
public record PostDraftView(
    long id,
    Long requestId,
    String requestNumber,
    String owner,
    PostInput input,
    List<PostFileRow> files)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public PostDraftView {
    files = List.copyOf(files);
  }

  public boolean isCorrection() {
    return requestId != null;
  }
}
