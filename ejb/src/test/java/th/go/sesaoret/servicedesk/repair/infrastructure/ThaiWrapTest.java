package th.go.sesaoret.servicedesk.repair.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ThaiWrapTest {

  @Test
  void breaksBetweenThaiWords() {
    String text = "เครื่องพิมพ์ไม่ดึงกระดาษ";

    String breakable = ThaiWrap.breakable(text);

    assertTrue(breakable.contains("\u200B"), breakable);
    assertEquals(text, ThaiWrap.plain(breakable));
    for (String word : breakable.split("\u200B")) {
      assertTrue(
          !word.isEmpty() && !isCombining(word.charAt(0)), "word starts with a mark: " + word);
    }
  }

  @Test
  void leavesLatinDigitsAndSpacesAlone() {
    assertEquals("7440-001-0001/2565", ThaiWrap.breakable("7440-001-0001/2565"));
    assertEquals("ICT 3FA2C9D1", ThaiWrap.breakable("ICT 3FA2C9D1"));
    assertEquals("ซ.0001/2569", ThaiWrap.plain(ThaiWrap.breakable("ซ.0001/2569")));
    assertTrue(ThaiWrap.breakable("ห้อง ICT").startsWith("ห้อง ICT"));
  }

  @Test
  void keepsNull() {
    assertNull(ThaiWrap.breakable(null));
  }

  private static boolean isCombining(char c) {
    return Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
