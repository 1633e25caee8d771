package th.go.sesaoret.servicedesk.publication.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.publication.domain.Category;
import th.go.sesaoret.servicedesk.publication.domain.PersonalData;
import th.go.sesaoret.servicedesk.publication.domain.PublicationAuditAction;
import th.go.sesaoret.servicedesk.publication.domain.PublicationNotice;

/**
 * Every refusal the publication's request side throws, every word its form and reading view show,
 * its audit actions and its notices have their Thai and English text (no raw key on a page).
 */
class PublicationFormWordsTest {
  private static final Path EJB_SOURCES =
      Path.of("..", "ejb", "src", "main", "java", "th", "go", "sesaoret", "servicedesk");
  private static final Pattern THROWN =
      Pattern.compile("BusinessException\\(\\s*\"(publication\\.(?:form|approval)\\.[^\"]+)\"");
  private static final Pattern SHOWN =
      Pattern.compile("msg\\['(publication\\.(?:form|approval)\\.[^']+)'\\]");

  private static List<String> keys() throws IOException {
    TreeSet<String> keys = new TreeSet<>();
    try (Stream<Path> s = Files.walk(EJB_SOURCES.resolve("publication"))) {
      for (Path f : s.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = THROWN.matcher(Files.readString(f));
        while (m.find()) {
          keys.add(m.group(1));
        }
      }
    }
    List<Path> pages =
        List.of(
            Path.of("src/main/webapp/publication/form.xhtml"),
            Path.of("src/main/webapp/publication/drafts.xhtml"),
            Path.of("src/main/webapp/WEB-INF/includes/publication-menu.xhtml"),
            Path.of("src/main/webapp/WEB-INF/includes/publication-panel.xhtml"),
            Path.of("src/main/webapp/WEB-INF/includes/publication-reading.xhtml"),
            Path.of("src/main/webapp/WEB-INF/includes/publication-actions-approval.xhtml"));
    for (Path page : pages) {
      Matcher m = SHOWN.matcher(Files.readString(page));
      while (m.find()) {
        keys.add(m.group(1));
      }
    }
    List<String> out = new ArrayList<>(keys);
    for (Category c : Category.values()) {
      out.add("publication.form.category." + c.name());
    }
    for (PersonalData.Consent c : PersonalData.Consent.values()) {
      out.add("publication.form.consent." + c.name());
    }
    for (PublicationAuditAction a : PublicationAuditAction.values()) {
      out.add(a.labelKey());
    }
    out.add("publication.form.saved");
    out.add("publication.form.submitted.done");
    out.add("publication.form.resubmitted");
    out.add("publication.form.body.cleaned");
    out.add("publication.form.file.added");
    out.add("publication.form.file.none");
    return out;
  }

  @Test
  void everyKeyHasThaiAndEnglishWords() throws IOException {
    List<String> keys = keys();
    assertTrue(keys.size() > 60, "found " + keys);
    for (Locale locale : new Locale[] {Locale.forLanguageTag("th"), Locale.ENGLISH}) {
      ResourceBundle bundle =
          ResourceBundle.getBundle(
              "messages",
              locale,
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      List<String> missing = keys.stream().filter(k -> !bundle.containsKey(k)).toList();
      assertEquals(List.of(), missing, "missing in " + locale);
    }
  }

  @Test
  void theNoticesHaveTheirWordsInTheEjbBundle() throws IOException {
    for (String lang : new String[] {"th", "en"}) {
      String text =
          Files.readString(
              Path.of(
                  "..", "ejb", "src", "main", "resources", "publication_" + lang + ".properties"));
      for (PublicationNotice n : PublicationNotice.values()) {
        assertTrue(text.contains(n.textKey() + "="), n.textKey() + " in " + lang);
        assertTrue(text.contains(n.nameKey() + "="), n.nameKey() + " in " + lang);
      }
    }
  }
}
