package th.go.sesaoret.servicedesk.conference.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.conference.domain.Conflict;
import th.go.sesaoret.servicedesk.conference.domain.ItemKind;
import th.go.sesaoret.servicedesk.conference.domain.LengthFlag;
import th.go.sesaoret.servicedesk.conference.domain.Platform;
import th.go.sesaoret.servicedesk.conference.domain.RepeatRule;

/**
 * Every refusal the conference services throw, and every conference word the pages show, has its
 * Thai and English text (no raw key on a page); the conflicts place their three arguments.
 */
class ConferenceWordsTest {
  private static final Path EJB_SOURCES =
      Path.of("..", "ejb", "src", "main", "java", "th", "go", "sesaoret", "servicedesk");
  private static final Pattern THROWN =
      Pattern.compile("BusinessException\\(\\s*\"(conference\\.[^\"]+)\"");
  private static final Pattern FIELD =
      Pattern.compile("(?:required|optional)\\([^,]+,\\s*[A-Z_]+,\\s*\"(conference\\.[^\"]+)\"\\)");

  private static List<String> keys() throws IOException {
    TreeSet<String> keys = new TreeSet<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(EJB_SOURCES.resolve("conference"))) {
      files = s.filter(p -> p.toString().endsWith(".java")).toList();
    }
    for (Path f : files) {
      String text = Files.readString(f);
      Matcher m = THROWN.matcher(text);
      while (m.find()) {
        keys.add(m.group(1));
      }
      Matcher field = FIELD.matcher(text);
      while (field.find()) {
        keys.add(field.group(1) + ".tooLong");
        if (text.substring(field.start(), field.start() + 8).equals("required")) {
          keys.add(field.group(1) + ".required");
        }
      }
    }
    // thrown by the admin pages' services (rooms, items, outages, operators): not shown here
    keys.removeIf(
        k ->
            k.startsWith("conference.outage.")
                || k.startsWith("conference.room.capacity")
                || k.startsWith("conference.room.colour")
                || k.startsWith("conference.operator.")
                || k.startsWith("conference.item.kind")
                || k.startsWith("conference.item.name")
                || k.startsWith("conference.item.asset")
                || k.startsWith("conference.room.name")
                || k.startsWith("conference.room.place")
                || k.startsWith("conference.room.fixed"));
    List<String> out = new ArrayList<>(keys);
    for (Conflict.Kind k : Conflict.Kind.values()) {
      out.add(k.messageKey());
    }
    for (Platform p : Platform.values()) {
      out.add(p.labelKey());
    }
    for (ItemKind i : ItemKind.values()) {
      out.add(i.labelKey());
    }
    for (RepeatRule r : RepeatRule.values()) {
      out.add(r.labelKey());
    }
    for (LengthFlag l : LengthFlag.values()) {
      out.add(l.labelKey());
    }
    return out;
  }

  @Test
  void everyConferenceKeyHasThaiAndEnglishWords() throws IOException {
    List<String> keys = keys();
    assertTrue(keys.size() > 40, "found " + keys);
    for (Locale locale : new Locale[] {Locale.forLanguageTag("th"), Locale.ENGLISH}) {
      ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);
      List<String> missing = keys.stream().filter(k -> !bundle.containsKey(k)).toList();
      assertEquals(List.of(), missing, "missing in " + locale);
    }
  }

  @Test
  void aConflictNamesWhatIsTakenAndWhen() {
    for (Locale locale : new Locale[] {Locale.forLanguageTag("th"), Locale.ENGLISH}) {
      ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);
      for (Conflict.Kind k : Conflict.Kind.values()) {
        if (k == Conflict.Kind.PAST) {
          continue;
        }
        String text =
            new MessageFormat(bundle.getString(k.messageKey()), locale)
                .format(new Object[] {"ห้องประชุมพนมรุ้ง", "08:30", "12:30"});
        assertTrue(
            text.contains("ห้องประชุมพนมรุ้ง") && text.contains("08:30") && text.contains("12:30"),
            text);
      }
    }
  }
}
