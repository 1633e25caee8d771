package th.go.sesaoret.servicedesk.conference.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import th.go.sesaoret.servicedesk.conference.domain.ConferenceItem;
import th.go.sesaoret.servicedesk.conference.domain.ItemKind;
import th.go.sesaoret.servicedesk.conference.domain.Room;

/**
 * Two demo rooms and their video-conference equipment on a database without rooms, when the server
 * runs with {@code servicedesk.demo-data=true} (like the demo accounts); an administrator keeps the
 * real ones on the rooms page.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class ConferenceDemo {
  @PersistenceContext private EntityManager em;

  @PostConstruct
  void seed() {
    if (!Boolean.parseBoolean(System.getProperty("servicedesk.demo-data", "false"))) {
      return;
    }
    long rooms = em.createQuery("select count(r) from Room r", Long.class).getSingleResult();
    if (rooms > 0) {
      return;
    }
    Room big =
        Room.of(
            "ห้องประชุมพนมรุ้ง",
            "อาคาร 1 ชั้น 2 สพม.ร้อยเอ็ด",
            60,
            "จอโปรเจกเตอร์ 2 จอ ระบบเสียงห้องประชุม ไมโครโฟนประจำที่นั่ง",
            "#1f6feb");
    Room small =
        Room.of(
            "ห้องประชุมกลุ่ม DLICT",
            "อาคาร 2 ชั้น 1 กลุ่มส่งเสริมการศึกษาทางไกลฯ",
            16,
            "จอโทรทัศน์ 65 นิ้ว กล้องติดผนัง",
            "#2da44e");
    em.persist(big);
    em.persist(small);
    em.persist(ConferenceItem.of(ItemKind.KIT, "ชุดประชุมทางไกล ชุดที่ 1", "7440-001-0001", big));
    em.persist(ConferenceItem.of(ItemKind.KIT, "ชุดประชุมทางไกล ชุดที่ 2", "7440-001-0002", small));
    em.persist(
        ConferenceItem.of(
            ItemKind.ENCODER, "เครื่องเข้ารหัสสัญญาณถ่ายทอดสด", "7440-002-0001", big));
    em.persist(ConferenceItem.of(ItemKind.SPEAKERPHONE, "ลำโพงประชุมพกพา", "7440-003-0001", small));
    em.persist(
        ConferenceItem.of(ItemKind.LAPTOP, "โน้ตบุ๊กควบคุมการประชุม", "7440-004-0001", null));
  }
}
