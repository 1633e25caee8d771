package th.go.sesaoret.servicedesk.publication.web;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import th.go.sesaoret.servicedesk.notification.domain.NoticeText;
import th.go.sesaoret.servicedesk.publication.application.NewsItem;
import th.go.sesaoret.servicedesk.publication.application.NewsReading;
import th.go.sesaoret.servicedesk.publication.domain.Category;

/**
 * The news feeds in Atom 1.0, written by ROME: the newest {@link NewsReading#FEED_SIZE} live posts
 * of a category or of all, in Thai or (with {@code ?lang=en}) English, each with its title, summary
 * and link. Kept for a minute, then asked again with the ETag.
 */
@ApplicationScoped
public class NewsFeeds {
  @EJB private NewsReading reading;

  void send(HttpServletRequest req, HttpServletResponse resp, Category category)
      throws IOException {
    boolean english = "en".equals(req.getParameter("lang"));
    List<NewsItem> items = reading.page(category, 0, NewsReading.FEED_SIZE, reading.now());
    StringBuilder stamp = new StringBuilder();
    items.forEach(i -> stamp.append(i.id()).append(':').append(i.version()).append(','));
    String etag = NewsCache.etag("feed", category, english, stamp);
    resp.setHeader("X-Content-Type-Options", "nosniff");
    if (NewsCache.notModified(req, resp, etag, NewsCache.LISTS)) {
      return;
    }
    byte[] body = atom(category, items, english).getBytes(StandardCharsets.UTF_8);
    resp.setContentType("application/atom+xml; charset=utf-8");
    resp.setHeader("Content-Disposition", "inline; filename=\"feed.atom\"");
    resp.setContentLength(body.length);
    resp.getOutputStream().write(body);
  }

  static String atom(Category category, List<NewsItem> items, boolean english) {
    ResourceBundle words =
        ResourceBundle.getBundle(
            "messages", english ? Locale.ENGLISH : Locale.forLanguageTag("th"));
    String base = base();
    String list = base + "/news" + (category == null ? "" : "/" + category.slug());
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType("atom_1.0");
    feed.setUri(list);
    feed.setTitle(
        words.getString("news.feed.title")
            + (category == null ? "" : ": " + words.getString("news.category." + category.name())));
    feed.setDescription(words.getString("news.feed.subtitle"));
    feed.setLanguage(english ? "en" : "th");
    feed.setAuthor(words.getString("app.office"));
    feed.setLink(list);
    SyndLink self = new SyndLinkImpl();
    self.setRel("self");
    self.setType("application/atom+xml");
    self.setHref(list + "/feed.atom" + (english ? "?lang=en" : ""));
    SyndLink alternate = new SyndLinkImpl();
    alternate.setRel("alternate");
    alternate.setType("text/html");
    alternate.setHref(list);
    feed.setLinks(List.of(alternate, self));
    feed.setPublishedDate(items.isEmpty() ? new Date(0) : Date.from(items.get(0).publishedAt()));
    List<SyndEntry> entries = new ArrayList<>();
    for (NewsItem item : items) {
      String link = base + "/news/post/" + item.id();
      SyndEntry e = new SyndEntryImpl();
      e.setUri(link);
      e.setLink(link);
      e.setTitle(
          english && item.titleEn() != null && !item.titleEn().isBlank()
              ? item.titleEn()
              : item.titleTh());
      e.setPublishedDate(Date.from(item.publishedAt()));
      e.setUpdatedDate(Date.from(item.publishedAt()));
      e.setAuthor(words.getString("app.office"));
      SyndContent summary = new SyndContentImpl();
      summary.setType("text");
      summary.setValue(item.teaser());
      e.setDescription(summary);
      entries.add(e);
    }
    feed.setEntries(entries);
    try {
      return new SyndFeedOutput().outputString(feed, true);
    } catch (FeedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The application's public address without a trailing slash. */
  static String base() {
    String base = NoticeText.baseUrl().strip();
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }
}
