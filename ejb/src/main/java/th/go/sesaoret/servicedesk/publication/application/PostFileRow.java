package th.go.sesaoret.servicedesk.publication.application;

import java.io.Serializable;

/** One file of a post as its pages list it. */
public record PostFileRow(long id, String name, String contentType, long size, boolean image)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public boolean isPdf() {
    return "application/pdf".equals(contentType);
  }
}
