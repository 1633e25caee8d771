package th.go.sesaoret.servicedesk.publication.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** The normalised words of a post: layout does not change them, words do. */
class PostTextTest {
  @Test
  void nfcZeroWidthAndNoBreakSpacesAreNormalised() {
    // a decomposed accent (as some editors paste it) is composed
    String decomposed = Normalizer.normalize("น้ำท่วม Café", Normalizer.Form.NFD);
    assertNotEquals("น้ำท่วม Café", decomposed);
    assertEquals("น้ำท่วม Café", PostText.normalise(decomposed));
    assertEquals(
        "ประกาศ รับสมัคร", PostText.normalise("ประ\u200Bกาศ\u00A0\u00A0รับ\u200Dสมัคร\uFEFF"));
    assertEquals("ก ข", PostText.normalise("  ก\t\n\u3000ข\u202F "));
    assertEquals("", PostText.normalise(null));
    assertEquals("", PostText.ofHtml(null));
  }

  @Test
  void layoutOnlyChangesLeaveTheTextEqual() {
    String plain = "<p>ประกาศรับสมัครครูอัตราจ้าง จำนวน 2 อัตรา</p><p>สมัครได้ถึง 15 ธันวาคม</p>";
    String styled =
        "<h2>ประกาศรับสมัคร<strong>ครูอัตราจ้าง</strong></h2>"
            + "<ul><li>จำนวน&nbsp;2 อัตรา</li></ul><p>สมัครได้ถึง <em>15</em>\u200B ธันวาคม</p>";
    assertEquals(PostText.ofHtml(plain), PostText.ofHtml(styled));
  }

  @Test
  void aChangedWordChangesTheText() {
    assertNotEquals(
        PostText.ofHtml("<p>สมัครได้ถึง 15 ธันวาคม</p>"),
        PostText.ofHtml("<p>สมัครได้ถึง 25 ธันวาคม</p>"));
  }
}
