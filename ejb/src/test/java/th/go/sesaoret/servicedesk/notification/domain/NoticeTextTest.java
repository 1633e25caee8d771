package th.go.sesaoret.servicedesk.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import th.go.sesaoret.servicedesk.notification.application.NoticeKind;

class NoticeTextTest {
  private static final String BASE = "https://servicedesk.example.go.th";

  @Test
  void thaiIsTheDefaultAndCarriesTheNumberAndTheLink() {
    NoticeText text = NoticeText.of(NoticeKind.APPROVAL_NEEDED, "ซ.0001/2569", 3, 42, "th", BASE);

    assertEquals(
        "[DLICT Service Desk] คำขอเลขที่ ซ.0001/2569: คำขอเลขที่ ซ.0001/2569 รอการพิจารณาอนุมัติจากท่าน"
            + " (ขั้นตอนที่ 3)",
        text.subject());
    assertTrue(text.body().contains(BASE + "/requests/view.xhtml?id=42"), text.body());
    assertTrue(text.body().startsWith("คำขอเลขที่ ซ.0001/2569 รอการพิจารณาอนุมัติจากท่าน"));
  }

  @Test
  void englishForPeopleWhoChoseEnglish() {
    NoticeText text = NoticeText.of(NoticeKind.REQUEST_COMPLETED, "ซ.0002/2569", 6, 7, "en", BASE);

    assertEquals(
        "[DLICT Service Desk] Request ซ.0002/2569: Your request ซ.0002/2569 is complete",
        text.subject());
    assertTrue(text.body().contains("See the request: " + BASE + "/requests/view.xhtml?id=7"));
  }

  @Test
  void unknownLanguagesGetThai() {
    NoticeText text = NoticeText.of(NoticeKind.REJECTED, "ป.0001/2569", 2, 1, "fr", BASE);
    assertTrue(text.subject().contains("ไม่ได้รับการอนุมัติ"));
  }

  @ParameterizedTest
  @EnumSource(NoticeKind.class)
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
}
