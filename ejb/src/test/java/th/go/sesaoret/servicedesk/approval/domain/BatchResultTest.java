package th.go.sesaoret.servicedesk.approval.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BatchResultTest {
  @Test
  void oneRefusedItemLeavesTheOthersSigned() {
    BatchResult result =
        new BatchResult(
            List.of(
                BatchResult.Item.signed(1, "ซ.0001/2569", "AB12-CD34"),
                BatchResult.Item.refused(2, null, "approval.desk.changed", List.of("ซ.0002/2569")),
                BatchResult.Item.signed(3, "ซ.0003/2569", "EF56-GH78")));
    assertEquals(2, result.signed());
    assertEquals(1, result.refused());
    assertFalse(result.allSigned());
    assertTrue(result.items().get(0).isSigned());
    assertFalse(result.items().get(1).isSigned());
    assertEquals(List.of("ซ.0002/2569"), result.items().get(1).args());
  }

  @Test
  void allSignedWhenNoneIsRefused() {
    BatchResult result = new BatchResult(List.of(BatchResult.Item.signed(1, "ซ.0001/2569", "X")));
    assertTrue(result.allSigned());
    assertEquals(0, result.refused());
  }
}
