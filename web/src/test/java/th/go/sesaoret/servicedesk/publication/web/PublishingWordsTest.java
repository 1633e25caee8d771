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
import th.go.sesaoret.servicedesk.publication.domain.PublishingAuditAction;
import th.go.sesaoret.servicedesk.publication.domain.PublishingNotice;

/**
 * Every refusal of steps 5-7 (and of the engine's send-back), every word their pages show and every
 * audit label has its Thai and English text; the notices have theirs in the ejb bundle.
 */
class PublishingWordsTest {
  private static final Path EJB_SOURCES =
      Path.of("..", "ejb", "src", "main", "java", "th", "go", "sesaoret", "servicedesk");
  private static final Pattern THROWN =
      Pattern.compile(
          "BusinessException\\(\\s*\"((?:publication\\.(?:staff|preview|check|release)|request\\.sendBack)\\.[^\"]+)\"");
  private static final Pattern SHOWN =
      Pattern.compile("msg\\['((?:publication\\.(?:staff|preview|check|release))\\.[^']+)'\\]");
  private static final Pattern DONE =
      Pattern.compile("\"((?:publication\\.(?:staff|preview|check|release))\\.[a-zA-Z.]+)\"");

  private static List<String> keys() throws IOException {
    TreeSet<String> keys = new TreeSet<>();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(EJB_SOURCES)) {
      s.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
    }
    for (Path f : files) {
      Matcher m = THROWN.matcher(Files.readString(f));
      while (m.find()) {
        keys.add(m.group(1));
      }
    }
    Path includes = Path.of("src", "main", "webapp", "WEB-INF", "includes");
    for (Path page :
        List.of(
            includes.resolve("publication-actions-staff.xhtml"),
            includes.resolve("publication-actions-check.xhtml"),
            Path.of("src", "main", "webapp", "requests", "publication-preview.xhtml"))) {
      Matcher m = SHOWN.matcher(Files.readString(page));
      while (m.find()) {
        keys.add(m.group(1));
      }
    }
    Matcher done =
        DONE.matcher(
            Files.readString(
                Path.of(
                    "src/main/java/th/go/sesaoret/servicedesk/publication/web/"
                        + "PublishingActionsBacking.java")));
    while (done.find()) {
      keys.add(done.group(1));
    }
    for (PublishingAuditAction a : PublishingAuditAction.values()) {
      keys.add(a.labelKey());
    }
    return new ArrayList<>(keys);
  }

  @Test
  void everyKeyOfStepsFiveToSevenHasThaiAndEnglishWords() throws IOException {
    List<String> keys = keys();
    assertTrue(keys.size() > 60, "found " + keys);
    for (Locale locale : new Locale[] {Locale.forLanguageTag("th"), Locale.ENGLISH}) {
      ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);
      List<String> missing = keys.stream().filter(k -> !bundle.containsKey(k)).toList();
      assertEquals(List.of(), missing, "missing in " + locale);
    }
  }

  @Test
  void everyNoticeOfStepsFiveToSevenHasThaiAndEnglishWords() throws IOException {
    for (String lang : new String[] {"th", "en"}) {
      var props = new java.util.Properties();
      try (var in =
          Files.newBufferedReader(
              Path.of(
                  "..", "ejb", "src", "main", "resources", "publication_" + lang + ".properties"),
              java.nio.charset.StandardCharsets.UTF_8)) {
        props.load(in);
      }
      for (PublishingNotice n : PublishingNotice.values()) {
        assertTrue(props.containsKey(n.textKey()), n.textKey() + " in " + lang);
        assertTrue(props.containsKey(n.nameKey()), n.nameKey() + " in " + lang);
        assertTrue(props.getProperty(n.textKey()).contains("{0}"), "names the request");
      }
    }
  }
}
