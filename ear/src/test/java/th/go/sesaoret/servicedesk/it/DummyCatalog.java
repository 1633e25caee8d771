package th.go.sesaoret.servicedesk.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The catalog rows of {@link DummyService} (a service, its current version, its two steps with
 * their keys), added for one test and removed after it with every request filed on them, so the
 * other tests see the manual's three services only.
 */
@Stateless
@PermitAll
public class DummyCatalog {
  /** A service without a plug-in whose three steps after the first run on a booking clock. */
  public static final String BOOKED = "BOOKED";

  private static String versions(String code) {
    return "select v.id from catalog_service_version v join catalog_service s"
        + " on s.id = v.service_id where s.code = '"
        + code
        + "'";
  }

  private static String requests(String code) {
    return "select r.id from service_request r where r.version_id in (" + versions(code) + ")";
  }

  @PersistenceContext(unitName = "servicedesk")
  private EntityManager em;

  public void add() {
    service("DUMMY", 4, "บริการทดสอบ", "ทด");
    step(
        "DUMMY",
        1,
        DummyService.ASK,
        "ขอรับบริการทดสอบ",
        "REQUESTER",
        30,
        "MINUTES",
        "OFFICE_TIME");
    step(
        "DUMMY",
        2,
        DummyService.DO,
        "ให้บริการทดสอบตามเวลาที่จอง",
        "STAFF",
        1,
        "HOURS",
        "BOOKING_CLOCK");
  }

  /**
   * {@link #BOOKED}: filed on the general form (no plug-in), then set-up, run and post-check on a
   * booking clock, keys {@code booked.setup}, {@code booked.run}, {@code booked.postcheck}.
   */
  public void addBooked() {
    service(BOOKED, 5, "บริการทดสอบตามเวลาที่จอง", "จอ");
    step(BOOKED, 1, "booked.arrange", "นัดหมายวันเวลา", "REQUESTER", 3, "MINUTES", "OFFICE_TIME");
    step(BOOKED, 2, "booked.setup", "ติดตั้งและทดสอบ", "STAFF", 30, "MINUTES", "BOOKING_CLOCK");
    step(BOOKED, 3, "booked.run", "ดำเนินการ", "STAFF", 6, "HOURS", "BOOKING_CLOCK");
    step(
        BOOKED, 4, "booked.postcheck", "ตรวจสอบหลังเสร็จ", "STAFF", 30, "MINUTES", "BOOKING_CLOCK");
  }

  private void service(String code, int order, String name, String prefix) {
    run(
        "insert into catalog_service (code, manual_order, name_th, name_en, channel_th,"
            + " channel_en, fee_th, fee_en, documents_th, documents_en, number_prefix)"
            + " values ('"
            + code
            + "', "
            + order
            + ", '"
            + name
            + "', 'A test service', 'ทางระบบออนไลน์', 'Online', 'ไม่มี', 'None', 'ไม่มี', 'None', '"
            + prefix
            + "')");
    run(
        "insert into catalog_service_version (service_id, version_no, is_current, created_at,"
            + " created_by, opt_lock) select id, 1, true, current_timestamp, 'DummyCatalog', 0"
            + " from catalog_service where code = '"
            + code
            + "'");
  }

  private void step(
      String code,
      int order,
      String key,
      String name,
      String role,
      int amount,
      String unit,
      String basis) {
    em.createNativeQuery(
            "insert into catalog_step (version_id, step_order, step_key, name_th, name_en,"
                + " acting_role, std_min, std_max, std_unit, time_basis)"
                + " select id, ?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7, ?8 from ("
                + versions(code)
                + ") dummy")
        .setParameter(1, order)
        .setParameter(2, key)
        .setParameter(3, name)
        .setParameter(4, key)
        .setParameter(5, role)
        .setParameter(6, amount)
        .setParameter(7, unit)
        .setParameter(8, basis)
        .executeUpdate();
  }

  /** Removes the rows and everything filed on them (left over by an earlier run, too). */
  public void remove() {
    remove("DUMMY");
    remove(BOOKED);
  }

  private void remove(String code) {
    String requests = requests(code);
    String versions = versions(code);
    for (String table : List.of("inbox_entry", "handled_item")) {
      run("delete from " + table + " where request_id in (" + requests + ")");
    }
    for (String table : List.of("approval", "request_attachment", "step_instance")) {
      run("delete from " + table + " where request_id in (" + requests + ")");
    }
    run("delete from service_request where id in (" + requests + ")");
    // the compliance projection counted the steps finished on the service
    run(
        "delete from report_step_tally where definition_id in (select id from catalog_step"
            + " where version_id in ("
            + versions
            + "))");
    run("delete from catalog_step where version_id in (" + versions + ")");
    run("delete from catalog_service_version where id in (" + versions + ")");
    run("delete from catalog_service where code = '" + code + "'");
    run("delete from request_counter where service_code = '" + code + "'");
  }

  /** Who the inbox told what about step {@code order} of a request: "recipient KIND" lines. */
  @SuppressWarnings("unchecked")
  public List<String> inbox(long requestId, int order) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select recipient, kind from inbox_entry where request_id = ?1 and step_order = ?2"
                    + " order by recipient, kind")
            .setParameter(1, requestId)
            .setParameter(2, order)
            .getResultList();
    return rows.stream().map(row -> row[0] + " " + row[1]).toList();
  }

  private void run(String sql) {
    em.createNativeQuery(sql).executeUpdate();
  }
}
