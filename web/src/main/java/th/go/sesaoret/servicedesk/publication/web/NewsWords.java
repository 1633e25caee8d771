package th.go.sesaoret.servicedesk.publication.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import th.go.sesaoret.servicedesk.publication.application.PostView;
import th.go.sesaoret.servicedesk.publication.domain.Category;
import th.go.sesaoret.servicedesk.publication.domain.PostHtml;
import th.go.sesaoret.servicedesk.shared.DateDisplay;
import th.go.sesaoret.servicedesk.shared.web.LocaleBacking;

/**
 * How a post reads on the news pages and the preview ({@code #{newsWords...}}): its title in the
 * reader's language (the Thai title when there is no English one), its dates in the Buddhist era in
 * Thai, its body with the page's own file links, a file's size.
 */
@Named
@RequestScoped
public class NewsWords {
  @Inject private LocaleBacking locale;

  /** The title a reader of this page reads. */
  public String title(String titleTh, String titleEn) {
    return !locale.isThai() && titleEn != null && !titleEn.isBlank() ? titleEn : titleTh;
  }

  public String title(PostView post) {
    return title(post.titleTh(), post.titleEn());
  }

  /** "24 พฤศจิกายน 2569" in Thai, "24 November 2026" in English. */
  public String date(Instant instant) {
    return instant == null
        ? ""
        : DateDisplay.of(locale.getLocale())
            .longDate(
                instant.atZone(th.go.sesaoret.servicedesk.shared.OfficeTime.ZONE).toLocalDate());
  }

  /** The date and time, month written out. */
  public String dateTime(Instant instant) {
    return DateDisplay.of(locale.getLocale()).longDateTime(instant);
  }

  /** The body (sanitised when written) with its own images pointing at {@code fileUrl + id}. */
  public String body(PostView post, String fileUrl) {
    return PostHtml.withFileUrls(post.bodyHtml(), fileUrl);
  }

  /** The bundle key of a category's name. */
  public String categoryKey(Category category) {
    return "news.category." + category.name();
  }

  /** A file's size as a reader reads it: "820 KB", "2.4 MB". */
  public String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return Math.round(bytes / 1024.0) + " KB";
    }
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
