package th.go.sesaoret.servicedesk.repair.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.repair.domain.Channel;

/** Step 1 of a repair reads by its channel; the manual's words stay for the ICT room. */
class RepairStepWordingTest {
  private static final Locale THAI = Locale.forLanguageTag("th");

  @Test
  void aFormFiledOnlineSaysOnlineNotAtTheIctRoom() {
    String thai = RepairStepWording.formStep(Channel.ONLINE, THAI).orElseThrow();
    assertEquals("ผู้รับบริการกรอกแบบแจ้งซ่อมฯ ทางระบบออนไลน์", thai);
    assertFalse(thai.contains("ห้อง ICT"));
    String english = RepairStepWording.formStep(Channel.ONLINE, Locale.ENGLISH).orElseThrow();
    assertTrue(english.contains("online"), english);
  }

  @Test
  void aFormFiledAtTheIctRoomKeepsTheManualsWords() {
    assertEquals(Optional.empty(), RepairStepWording.formStep(Channel.ICT_ROOM, THAI));
    assertEquals(Optional.empty(), RepairStepWording.formStep(Channel.ICT_ROOM, Locale.ENGLISH));
  }

  @Test
  void otherServicesAndStepsAreNotWordedHere() {
    var wording = new RepairStepWording();
    assertEquals(Optional.empty(), wording.name(1, ServiceCode.PUBLICATION, 1, THAI));
    assertEquals(Optional.empty(), wording.name(1, ServiceCode.REPAIR, 2, THAI));
  }
}
