package th.go.sesaoret.servicedesk.publication.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What kind of post a publication is: it chooses the public news list, its URL part and its feed.
 * Its words are in the {@code publication} bundle as {@code category.NAME}.
 */
public enum Category {
  NEWS("news"),
  ANNOUNCEMENT("announcements"),
  PROCUREMENT("procurement"),
  JOB("jobs"),
  DOCUMENT("documents"),
  ACTIVITY("activities");

  private final String slug;

  Category(String slug) {
    this.slug = slug;
  }

  /** The category's part of the public URLs, e.g. {@code /news/procurement}. */
  public String slug() {
    return slug;
  }

  /** The category of URL part {@code slug}, if any. */
  public static Optional<Category> bySlug(String slug) {
    return Arrays.stream(values()).filter(c -> c.slug.equals(slug)).findFirst();
  }
}
