package th.go.sesaoret.servicedesk.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartJsonTest {
  @Test
  void aBarChartCarriesItsLabelsAndNumbers() {
    String json =
        ChartJson.bars(List.of("การให้บริการแจ้งซ่อม", "Publication"))
            .series("คำขอ", ChartJson.BLUE, List.of(3L, 0L))
            .json();
    assertTrue(json.startsWith("{\"type\":\"bar\""), json);
    assertTrue(json.contains("\"labels\":[[\"การให้บริการแจ้ง\",\"ซ่อม\"],\"Publication\"]"), json);
    assertTrue(json.contains("\"data\":[3,0]"), json);
    assertTrue(json.contains("\"animation\":false"), json);
    assertTrue(json.contains("\"legend\":{\"display\":false"), "one series needs no legend");
  }

  @Test
  void aPercentChartEndsAtAHundredAndLeavesNoFigureEmpty() {
    String json =
        ChartJson.bars(List.of("a", "b"))
            .horizontal()
            .max(100)
            .series("%", ChartJson.GREEN, Arrays.asList(new BigDecimal("66.7"), null))
            .json();
    assertTrue(json.contains("\"data\":[66.7,null]"), json);
    assertTrue(json.contains("\"indexAxis\":\"y\""), json);
    assertTrue(json.contains("\"x\":{\"stacked\":false,\"beginAtZero\":true,\"max\":100"), json);
  }

  @Test
  void textCannotBreakOutOfTheScript() {
    assertEquals(
        "\"\\u003c/script\\u003e \\\"q\\\" \\\\ \\n\"", ChartJson.string("</script> \"q\" \\ \n"));
    String json = ChartJson.bars(List.of("</script><script>alert(1)")).json();
    assertFalse(json.contains("</script>"), json);
  }

  @Test
  void longLabelsAreCutOnTheAxisOnly() {
    String label = "ก".repeat(80);
    String cut = ChartJson.cut(label);
    assertEquals(ChartJson.LABEL_MAX, cut.length());
    assertTrue(cut.endsWith("…"));
    assertEquals("short", ChartJson.cut("short"));
  }

  @Test
  void aLongLabelWrapsBetweenThaiWordsNeverInsideOne() {
    // แจ้ง | ซ่อม are two words to the dictionary: a line may break between them
    assertEquals(
        List.of("แจ้งซ่อมฮาร์ดแวร์/", "ปรับปรุงซอฟต์แวร์"),
        ChartJson.lines("แจ้งซ่อมฮาร์ดแวร์/ปรับปรุงซอฟต์แวร์"));
    assertEquals(List.of("การให้บริการแจ้ง", "ซ่อม"), ChartJson.lines("การให้บริการแจ้งซ่อม"));
    assertEquals(List.of("Repair"), ChartJson.lines("Repair"));
    for (String line : ChartJson.lines("ผู้รับบริการยื่นคำร้องต่อธุรการกลุ่ม")) {
      char first = line.charAt(0);
      assertFalse(first >= '\u0E31' && first <= '\u0E3A', "a line starts with a mark: " + line);
      assertFalse(first >= '\u0E47' && first <= '\u0E4E', "a line starts with a mark: " + line);
    }
  }

  @Test
  void twoSeriesShowALegend() {
    String json =
        ChartJson.bars(List.of("x"))
            .stacked()
            .series("a", ChartJson.BLUE, List.of(1))
            .series("b", ChartJson.AMBER, List.of(2))
            .json();
    assertTrue(json.contains("\"legend\":{\"display\":true"), json);
    assertTrue(json.contains("\"stacked\":true"), json);
  }
}
