package th.go.sesaoret.servicedesk.export.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Thai headings break between words, never inside one. */
class ThaiLinesTest {
  /** One unit per character, enough to see where a line breaks. */
  private static double chars(String s) {
    return s.length();
  }

  @Test
  void aThaiHeadingBreaksBetweenItsWords() {
    // "วันที่ครบกำหนด" (due date) is "วันที่" + "ครบ" + "กำหนด"; 9 characters of room
    List<String> lines = ThaiLines.lines("วันที่ครบกำหนด", 9, ThaiLinesTest::chars);

    assertEquals(List.of("วันที่ครบ", "กำหนด"), lines);
  }

  @Test
  void noLineEndsInsideAWord() {
    String heading = "ร้อยละที่เสร็จภายในมาตรฐาน";
    List<String> words = ThaiLines.words(heading);
    assertTrue(words.size() >= 4, words.toString());
    for (int room = 7; room <= 20; room++) { // the longest word, มาตรฐาน, is 7
      List<String> lines = ThaiLines.lines(heading, room, ThaiLinesTest::chars);
      assertEquals(heading, String.join("", lines), "nothing lost at " + room);
      int at = 0;
      for (String line : lines.subList(0, lines.size() - 1)) {
        at += line.length();
        assertTrue(boundary(words, at), "line ends inside a word at " + room + ": " + lines);
      }
    }
  }

  @Test
  void englishBreaksAtSpacesAndAWordTooLongIsCut() {
    assertEquals(
        List.of("Finished", "within", "standard"),
        ThaiLines.lines("Finished within standard", 9, ThaiLinesTest::chars));
    assertEquals(List.of("abcd", "efgh", "ij"), ThaiLines.lines("abcdefghij", 4, s -> s.length()));
  }

  @Test
  void aShortTextStaysOnOneLine() {
    assertEquals("เลขที่", ThaiLines.wrap("เลขที่", 50, ThaiLinesTest::chars));
    assertEquals("", ThaiLines.wrap(null, 50, ThaiLinesTest::chars));
  }

  @Test
  void aWordWiderThanTheColumnMakesTheHeadingSmallerNotCut() {
    // "มาตรฐาน" is 7 characters; 5 of room at size 10 → size 7.1 (5 / 7 of 10)
    assertEquals(7.1f, ThaiLines.fittingSize("ร้อยละภายในมาตรฐาน", 5, 10, 6, ThaiLinesTest::chars));
    assertEquals(10f, ThaiLines.fittingSize("ร้อยละ", 9, 10, 6, ThaiLinesTest::chars));
    assertEquals(6f, ThaiLines.fittingSize("มาตรฐาน", 2, 10, 6, ThaiLinesTest::chars), "a floor");
  }

  private static boolean boundary(List<String> words, int at) {
    int sum = 0;
    for (String w : words) {
      if (sum == at) {
        return true;
      }
      sum += w.length();
    }
    return sum == at;
  }
}
