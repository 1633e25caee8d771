package th.go.sesaoret.servicedesk.publication.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What an approver signs: the text and the files, not the layout nor the files' order. */
class PublicationDigestTest {
  private static final String A = "a".repeat(64);
  private static final String B = "b".repeat(64);

  private static String digest(String bodyHtml, List<String> files) {
    return PublicationDigest.of(
        Category.NEWS, "ข่าวกีฬาสี", "Sports day", "สรุปกิจกรรม", PostText.ofHtml(bodyHtml), files);
  }

  @Test
  void isASha256() {
    assertTrue(digest("<p>ก</p>", List.of(A)).matches("[0-9a-f]{64}"));
  }

  @Test
  void layoutIsNotPartOfIt() {
    assertEquals(
        digest("<p>วันกีฬาสี ประจำปี 2569</p>", List.of(A, B)),
        digest(
            "<h2><strong>วันกีฬาสี</strong></h2><ul><li>ประจำปี&nbsp;2569</li></ul>",
            List.of(A, B)));
  }

  @Test
  void theFilesOrderIsNotPartOfIt() {
    assertEquals(digest("<p>ก</p>", List.of(A, B)), digest("<p>ก</p>", List.of(B, A)));
  }

  @Test
  void aChangedWordOrFileIsPartOfIt() {
    String signed = digest("<p>วันกีฬาสี ประจำปี 2569</p>", List.of(A, B));
    assertNotEquals(signed, digest("<p>วันกีฬาสี ประจำปี 2570</p>", List.of(A, B)));
    assertNotEquals(signed, digest("<p>วันกีฬาสี ประจำปี 2569</p>", List.of(A)));
    assertNotEquals(signed, digest("<p>วันกีฬาสี ประจำปี 2569</p>", List.of(A, "c".repeat(64))));
    assertNotEquals(
        signed,
        PublicationDigest.of(
            Category.ANNOUNCEMENT,
            "ข่าวกีฬาสี",
            "Sports day",
            "สรุปกิจกรรม",
            PostText.ofHtml("<p>วันกีฬาสี ประจำปี 2569</p>"),
            List.of(A, B)));
  }

  @Test
  void thePartsDoNotRunIntoEachOther() {
    assertNotEquals(
        PublicationDigest.of(Category.NEWS, "ก", "ab", "c", "", List.of()),
        PublicationDigest.of(Category.NEWS, "ก", "a", "bc", "", List.of()));
  }

  @Test
  void theWordingIsOneLineEach() {
    assertEquals(
        "ก\n\nสรุป\nเนื้อ หา", PublicationDigest.wording(" ก ", null, "สรุป", "เนื้อ\u00A0หา"));
  }
}
