package th.go.sesaoret.servicedesk.publication.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import th.go.sesaoret.servicedesk.request.domain.ContentDigest;

/**
 * What an approver of a post signs: the SHA-256 of its category, its titles, its summary and the
 * normalised text of its body ({@link PostText}), and the SHA-256 of each of its files, sorted (so
 * the image order, a layout choice, is not part of it). Each part is length-prefixed ({@link
 * ContentDigest}).
 */
public final class PublicationDigest {
  private PublicationDigest() {}

  public static String of(
      Category category,
      String titleTh,
      String titleEn,
      String summary,
      String bodyText,
      Collection<String> fileSha256s) {
    List<String> parts = new ArrayList<>();
    parts.add(PostText.normalise(titleEn));
    parts.add(PostText.normalise(summary));
    parts.add(PostText.normalise(bodyText));
    fileSha256s.stream().sorted().forEach(parts::add);
    return ContentDigest.of(category.name(), PostText.normalise(titleTh), parts);
  }

  /**
   * The approved words as one text, for the staff's word-level diff ({@link WordDiff}): title,
   * English title, summary and body, one per line.
   */
  public static String wording(String titleTh, String titleEn, String summary, String bodyText) {
    return String.join(
        "\n",
        PostText.normalise(titleTh),
        PostText.normalise(titleEn),
        PostText.normalise(summary),
        PostText.normalise(bodyText));
  }
}
