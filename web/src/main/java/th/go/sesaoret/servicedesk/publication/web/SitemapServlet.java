package th.go.sesaoret.servicedesk.publication.web;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import th.go.sesaoret.servicedesk.publication.application.NewsReading;
import th.go.sesaoret.servicedesk.publication.application.NewsReading.Entry;
import th.go.sesaoret.servicedesk.publication.domain.Category;

/**
 * {@code /sitemap.xml} (sitemaps.org 0.9, written with the JDK's XML stream writer): the service
 * manual, the news lists and every live post with the day it was published. Kept for an hour by
 * anyone, with an ETag.
 */
@WebServlet("/sitemap.xml")
public class SitemapServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

  @EJB private NewsReading reading;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    List<Entry> entries = reading.entries();
    StringBuilder stamp = new StringBuilder();
    entries.forEach(e -> stamp.append(e.id()).append(','));
    resp.setHeader("X-Content-Type-Options", "nosniff");
    if (NewsCache.notModified(
        req, resp, NewsCache.etag("sitemap", stamp), "public, max-age=3600")) {
      return;
    }
    byte[] body;
    try {
      body = xml(entries);
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
    resp.setContentType("application/xml; charset=utf-8");
    resp.setContentLength(body.length);
    resp.getOutputStream().write(body);
  }

  static byte[] xml(List<Entry> entries) throws XMLStreamException {
    String base = NewsFeeds.base();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
    w.writeStartDocument("UTF-8", "1.0");
    w.writeStartElement("urlset");
    w.writeDefaultNamespace(NS);
    url(w, base + "/", null);
    url(w, base + "/news", null);
    for (Category c : Category.values()) {
      url(w, base + "/news/" + c.slug(), null);
    }
    for (Entry e : entries) {
      url(
          w,
          base + "/news/post/" + e.id(),
          DateTimeFormatter.ISO_LOCAL_DATE.format(
              e.publishedAt().atZone(th.go.sesaoret.servicedesk.shared.OfficeTime.ZONE)));
    }
    w.writeEndElement();
    w.writeEndDocument();
    w.close();
    return out.toByteArray();
  }

  private static void url(XMLStreamWriter w, String loc, String lastmod) throws XMLStreamException {
    w.writeStartElement("url");
    w.writeStartElement("loc");
    w.writeCharacters(loc);
    w.writeEndElement();
    if (lastmod != null) {
      w.writeStartElement("lastmod");
      w.writeCharacters(lastmod);
      w.writeEndElement();
    }
    w.writeEndElement();
  }
}
