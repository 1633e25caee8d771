package th.go.sesaoret.servicedesk.repair.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.repair.domain.Channel;
import th.go.sesaoret.servicedesk.repair.domain.RepairAttachments;
import th.go.sesaoret.servicedesk.request.application.ServicePlugins;

/**
 * The repair service's plug-in: its own form, its photos, its own actions on intake, order, work
 * and report; its form step reads by its channel, the manual's words stay for the ICT room.
 */
class RepairServiceTest {
  private static final Locale THAI = Locale.forLanguageTag("th");

  @Test
  void aFormFiledOnlineSaysOnlineNotAtTheIctRoom() {
    String thai = RepairService.formStep(Channel.ONLINE, THAI).orElseThrow();
    assertEquals("ผู้รับบริการกรอกแบบแจ้งซ่อมฯ ทางระบบออนไลน์", thai);
    assertFalse(thai.contains("ห้อง ICT"));
    String english = RepairService.formStep(Channel.ONLINE, Locale.ENGLISH).orElseThrow();
    assertTrue(english.contains("online"), english);
  }

  @Test
  void aFormFiledAtTheIctRoomKeepsTheManualsWords() {
    assertEquals(Optional.empty(), RepairService.formStep(Channel.ICT_ROOM, THAI));
    assertEquals(Optional.empty(), RepairService.formStep(Channel.ICT_ROOM, Locale.ENGLISH));
  }

  @Test
  void otherServicesAndStepsAreNotWordedHere() {
    var plugins = new ServicePlugins(List.of(new RepairService()));
    assertEquals(
        Optional.empty(),
        plugins.of(ServiceCode.PUBLICATION).stepName(1, "publication.prepare", THAI));
    assertEquals(
        Optional.empty(), plugins.of(ServiceCode.REPAIR).stepName(1, "repair.intake", THAI));
  }

  @Test
  void theRepairIsFiledOnItsFormAndActsOnItsStepsBetweenFormAndConfirmation() {
    var repair = new ServicePlugins(List.of(new RepairService())).of(ServiceCode.REPAIR);
    assertTrue(repair.ownForm());
    assertEquals(RepairAttachments.POLICY, repair.attachments());
    for (String own : List.of("repair.intake", "repair.order", "repair.work", "repair.report")) {
      assertTrue(repair.ownActions(own), own);
      assertTrue(repair.ownPanel(own), own);
    }
    assertFalse(repair.ownActions("repair.form"), "the form step is done by filing");
    assertFalse(repair.ownActions("publication.draft"));
  }
}
