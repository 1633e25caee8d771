package th.go.sesaoret.servicedesk.notification.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.notification.application.NoticeKinds;
import th.go.sesaoret.servicedesk.notification.domain.NoticeKind;
import th.go.sesaoret.servicedesk.notification.domain.WorkflowNotice;
import th.go.sesaoret.servicedesk.repair.domain.RepairNotice;

/** The inbox's kind column keeps the names it held when the kinds were one enum. */
class NoticeKindColumnTest {
  private final NoticeKinds kinds =
      NoticeKinds.listing(WorkflowNotice.values(), RepairNotice.values());
  private final NoticeKindColumn column = new NoticeKindColumn(kinds);

  @Test
  void everyKindIsStoredByItsNameAndReadBack() {
    for (NoticeKind kind : kinds.all()) {
      assertEquals(kind.name(), column.convertToDatabaseColumn(kind));
      assertSame(kind, column.convertToEntityAttribute(kind.name()));
    }
    assertEquals("REPAIR_REOPENED", column.convertToDatabaseColumn(RepairNotice.REPAIR_REOPENED));
    assertNull(column.convertToDatabaseColumn(null));
    assertNull(column.convertToEntityAttribute(null));
    assertThrows(IllegalArgumentException.class, () -> column.convertToEntityAttribute("GONE"));
  }
}
