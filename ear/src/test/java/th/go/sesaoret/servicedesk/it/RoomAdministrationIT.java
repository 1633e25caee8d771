package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.go.sesaoret.servicedesk.attachment.domain.Upload;
import th.go.sesaoret.servicedesk.audit.application.AuditTrail;
import th.go.sesaoret.servicedesk.conference.application.ItemForm;
import th.go.sesaoret.servicedesk.conference.application.ItemView;
import th.go.sesaoret.servicedesk.conference.application.OutageForm;
import th.go.sesaoret.servicedesk.conference.application.RoomAdministration;
import th.go.sesaoret.servicedesk.conference.application.RoomForm;
import th.go.sesaoret.servicedesk.conference.application.RoomView;
import th.go.sesaoret.servicedesk.conference.domain.ItemKind;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/** The administrator's rooms and equipment: changes audited, refusals in words and audited too. */
@ExtendWith(ArquillianExtension.class)
class RoomAdministrationIT {
  private static final String IP = "127.0.0.1";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTestClasses(RoomAdministrationIT.class);
  }

  @Inject RoomAdministration rooms;
  @Inject AuditTrail audit;
  @Inject AsAdmin admin;
  @Inject AsRequester requester;

  @Test
  void onlyTheAdministratorKeepsRoomsAndEveryRefusalIsSaidAndAudited() throws Exception {
    String name = "ห้องทดสอบ IT " + System.nanoTime() % 1000000;
    RoomForm form = new RoomForm(name, "อาคาร 9", 12, null, "#AA3300", true);
    assertThrows(
        EJBAccessException.class, () -> requester.call(() -> rooms.saveRoom(null, form, IP)));

    Instant before = Instant.now().minusSeconds(1);
    RoomView room = admin.call(() -> rooms.saveRoom(null, form, IP));
    assertEquals("#aa3300", room.colour());
    assertEquals(key("conference.room.nameTaken"), refusal(() -> rooms.saveRoom(null, form, IP)));
    assertEquals(
        key("conference.room.capacity.range"),
        refusal(
            () ->
                rooms.saveRoom(
                    room.id(), new RoomForm(name, "อาคาร 9", 1001, null, "#aa3300", true), IP)));

    String asset = "IT-" + System.nanoTime() % 100000000;
    ItemView item =
        admin.call(
            () ->
                rooms.saveItem(
                    null, new ItemForm(ItemKind.CAMERA, "กล้อง IT", asset, room.id(), true), IP));
    assertEquals(name, item.roomName());
    ItemView moved =
        admin.call(
            () ->
                rooms.saveItem(
                    item.id(), new ItemForm(ItemKind.CAMERA, "กล้อง IT", asset, null, true), IP));
    assertEquals(null, moved.roomId(), "the item went back to the store");
    assertEquals(
        key("conference.item.assetTaken"),
        refusal(
            () ->
                rooms.saveItem(
                    null,
                    new ItemForm(ItemKind.LAPTOP, "อื่น", asset.toLowerCase(), null, true),
                    IP)));

    Instant from = Instant.now().plus(Duration.ofDays(3));
    assertEquals(
        key("conference.outage.endBeforeStart"),
        refusal(
            () -> {
              rooms.addOutage(new OutageForm(room.id(), null, from, from, "ซ่อมระบบเสียง"), IP);
              return null;
            }));
    admin.call(
        () -> {
          rooms.addOutage(
              new OutageForm(null, item.id(), from, from.plus(Duration.ofDays(2)), "ส่งซ่อม"), IP);
          return null;
        });
    assertTrue(
        admin.call(() -> rooms.outages()).stream()
            .anyMatch(o -> asset.equals(o.assetNumber()) && "ส่งซ่อม".equals(o.reason())));

    assertEquals(
        key("request.attachment.mismatch"),
        refusal(
            () -> {
              rooms.roomPhoto(
                  room.id(), new Upload("room.png", "image/png", "not a picture".getBytes()), IP);
              return null;
            }));

    long changes = admin.call(() -> audit.count(null, "CONFERENCE_ROOM", before, null));
    assertTrue(changes >= 4, "the room, its two refusals and the photo refused: " + changes);
    assertTrue(admin.call(() -> audit.count(null, "CONFERENCE_OUTAGE", before, null)) >= 2);
  }

  private static String key(String key) {
    return key;
  }

  private String refusal(java.util.concurrent.Callable<?> work) throws Exception {
    try {
      admin.call(work);
    } catch (BusinessException e) {
      return e.key();
    }
    throw new AssertionError("not refused");
  }
}
