package th.go.sesaoret.servicedesk.publication.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.publication.domain.WordDiff.Kind;
import th.go.sesaoret.servicedesk.publication.domain.WordDiff.Segment;

/** A word-level diff that finds Thai words, which are written without spaces between them. */
class WordDiffTest {
  private static String of(List<Segment> diff, Kind kind) {
    return diff.stream()
        .filter(s -> s.kind() == kind)
        .map(Segment::text)
        .reduce("", String::concat);
  }

  @Test
  void aChangedThaiWordShowsAsThatWord() {
    List<Segment> diff =
        WordDiff.between(
            "โรงเรียนจัดกิจกรรมวันเด็กในวันเสาร์", "โรงเรียนจัดกิจกรรมวันเด็กในวันอาทิตย์");
    assertEquals("เสาร์", of(diff, Kind.REMOVED), diff.toString());
    assertEquals("อาทิตย์", of(diff, Kind.ADDED), diff.toString());
    assertTrue(of(diff, Kind.SAME).startsWith("โรงเรียนจัดกิจกรรม"), diff.toString());
  }

  @Test
  void anInsertedWordIsOnlyAdded() {
    List<Segment> diff = WordDiff.between("ประกาศรับสมัครครู", "ประกาศรับสมัครครูอัตราจ้าง");
    assertEquals("", of(diff, Kind.REMOVED), diff.toString());
    assertEquals("อัตราจ้าง", of(diff, Kind.ADDED), diff.toString());
  }

  @Test
  void englishAndNumbersAreWordsToo() {
    List<Segment> diff = WordDiff.between("deadline 15 December", "deadline 25 December");
    assertEquals("15", of(diff, Kind.REMOVED));
    assertEquals("25", of(diff, Kind.ADDED));
  }

  @Test
  void theRunsReadBackAsEitherText() {
    String a = "สมัครได้ที่ห้องธุรการ ภายในวันที่ 15";
    String b = "สมัครได้ที่กลุ่มงานบุคคล ภายในวันที่ 20";
    List<Segment> diff = WordDiff.between(a, b);
    String before =
        diff.stream()
            .filter(s -> s.kind() != Kind.ADDED)
            .map(Segment::text)
            .reduce("", String::concat);
    String after =
        diff.stream()
            .filter(s -> s.kind() != Kind.REMOVED)
            .map(Segment::text)
            .reduce("", String::concat);
    assertEquals(a, before);
    assertEquals(b, after);
  }

  @Test
  void sameWordsAreSame() {
    assertTrue(WordDiff.same("ข่าว ประชาสัมพันธ์", "ข่าว ประชาสัมพันธ์"));
    assertFalse(WordDiff.same("ข่าว", "ข่าวสาร"));
    assertTrue(WordDiff.same("", null));
  }
}
