package th.go.sesaoret.servicedesk.publication.domain;

import java.util.List;

/**
 * What DLICT staff send from step 5's editor: the words as they would stand (title, English title,
 * summary, body HTML as the editor sends it), and the layout: excerpt, cover, the files' order.
 */
public record StaffEdit(
    String titleTh,
    String titleEn,
    String summary,
    String bodyHtml,
    String excerpt,
    Long coverFileId,
    List<Long> fileOrder) {
  /** The longest excerpt, in characters. */
  public static final int EXCERPT_MAX = 500;

  public StaffEdit {
    fileOrder = fileOrder == null ? List.of() : List.copyOf(fileOrder);
  }

  /** The post as it stands now, as the editor starts. */
  public static StaffEdit of(Publication p) {
    return new StaffEdit(
        p.titleTh(),
        p.titleEn(),
        p.summary(),
        p.bodyHtml(),
        p.excerpt(),
        p.coverFileId(),
        p.files().stream().map(PublicationFile::id).toList());
  }
}
