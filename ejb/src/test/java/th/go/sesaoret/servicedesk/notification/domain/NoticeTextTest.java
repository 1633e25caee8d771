package th.go.sesaoret.servicedesk.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import th.go.sesaoret.servicedesk.repair.domain.RepairNotice;

class NoticeTextTest {
  private static final String BASE = "https://servicedesk.example.go.th";

  /** Every kind the application raises: the engine's and the repair's. */
  static List<NoticeKind> kinds() {
    return Stream.of(WorkflowNotice.values(), RepairNotice.values())
        .<NoticeKind>flatMap(Stream::of)
        .toList();
  }

  @Test
  void thaiIsTheDefaultAndCarriesTheNumberAndTheLink() {
    NoticeText text =
        NoticeText.of(WorkflowNotice.APPROVAL_NEEDED, "ซ.0001/2569", 3, 42, "th", BASE);

    assertEquals(
        "[DLICT Service Desk] คำขอเลขที่ ซ.0001/2569: คำขอเลขที่ ซ.0001/2569 รอการพิจารณาอนุมัติจากท่าน"
            + " (ขั้นตอนที่ 3)",
        text.subject());
    assertTrue(text.body().contains(BASE + "/requests/view.xhtml?id=42"), text.body());
    assertTrue(text.body().startsWith("คำขอเลขที่ ซ.0001/2569 รอการพิจารณาอนุมัติจากท่าน"));
  }

  @Test
  void englishForPeopleWhoChoseEnglish() {
    NoticeText text =
        NoticeText.of(WorkflowNotice.REQUEST_COMPLETED, "ซ.0002/2569", 6, 7, "en", BASE);

    assertEquals(
        "[DLICT Service Desk] Request ซ.0002/2569: Your request ซ.0002/2569 is complete",
        text.subject());
    assertTrue(text.body().contains("See the request: " + BASE + "/requests/view.xhtml?id=7"));
  }

  @Test
  void unknownLanguagesGetThai() {
    NoticeText text = NoticeText.of(WorkflowNotice.REJECTED, "ป.0001/2569", 2, 1, "fr", BASE);
    assertTrue(text.subject().contains("ไม่ได้รับการอนุมัติ"));
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void everyKindHasBothLanguagesWithoutPlaceholdersLeft(NoticeKind kind) {
    for (String language : new String[] {"th", "en"}) {
      NoticeText text = NoticeText.of(kind, "ว.0001/2569", 4, 9, language, BASE);
      assertFalse(text.subject().contains("{"), text.subject());
      assertFalse(text.body().contains("{"), text.body());
      assertTrue(text.subject().contains("ว.0001/2569"));
    }
  }

  @Test
  void theLinkToleratesATrailingSlashAndAMissingBase() {
    assertEquals("http://x/requests/view.xhtml?id=5", NoticeText.link("http://x/", 5));
    assertEquals("http://localhost:8080/requests/view.xhtml?id=5", NoticeText.link(null, 5));
  }

  /** Issue 8 finding 11: the inbox line of every kind, in both languages, is words, never a key. */
  @ParameterizedTest
  @MethodSource("kinds")
  void everyKindReadsAsWordsInTheInboxInThaiAndEnglish(NoticeKind kind) {
    String thai = NoticeText.what(kind, "ซ.0001/2569", 4, Locale.forLanguageTag("th"));
    String english = NoticeText.what(kind, "ซ.0001/2569", 4, Locale.ENGLISH);

    for (String line : new String[] {thai, english}) {
      assertTrue(line.contains("ซ.0001/2569"), line);
      assertFalse(line.contains("notice.") || line.contains(kind.name()) || line.contains("{"));
    }
    assertTrue(thai.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == THAI_SCRIPT), thai);
    assertFalse(english.contains("คำขอเลขที่"), english);
    assertEquals(thai, NoticeText.what(kind, "ซ.0001/2569", 4, null), "Thai is the default");
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void everyKindHasAShortNameInBothLanguages(NoticeKind kind) {
    for (Locale locale : new Locale[] {Locale.forLanguageTag("th"), Locale.ENGLISH}) {
      String name = NoticeText.kindName(kind, locale);
      assertFalse(name.isBlank() || name.equals(kind.name()), name);
    }
  }

  @Test
  void bothLanguagesHaveTheSameKeys() throws Exception {
    assertEquals(keys("notices_th.properties"), keys("notices_en.properties"));
    assertEquals(keys("repair_th.properties"), keys("repair_en.properties"));
  }

  private static java.util.Set<String> keys(String file) throws java.io.IOException {
    var props = new java.util.Properties();
    try (var in = NoticeText.class.getClassLoader().getResourceAsStream(file)) {
      props.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return props.stringPropertyNames();
  }

  private static final Character.UnicodeScript THAI_SCRIPT = Character.UnicodeScript.THAI;
}
