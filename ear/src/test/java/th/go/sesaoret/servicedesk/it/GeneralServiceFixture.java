package th.go.sesaoret.servicedesk.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * A test service without a plug-in ({@link #CODE}), so filed on the engine's general form and acted
 * on through its general panels: its seven steps copy the manual's website publication (names,
 * acting roles, standards, time bases) under the keys {@code general.1} to {@code general.7}. Added
 * by catalog rows for a test and removed after it with every request filed on it, so the other
 * tests see the manual's services only.
 */
@Stateless
@PermitAll
public class GeneralServiceFixture {
  public static final String CODE = "GENERAL_TEST";

  /** The catalog's name of the service, in Thai (it has no word of its own in the bundles). */
  public static final String NAME_TH = "บริการทั่วไปสำหรับทดสอบ";

  /** The running number's prefix. */
  public static final String PREFIX = "ทท";

  private static final String VERSIONS =
      "select v.id from catalog_service_version v join catalog_service s"
          + " on s.id = v.service_id where s.code = '"
          + CODE
          + "'";
  private static final String REQUESTS =
      "select r.id from service_request r where r.version_id in (" + VERSIONS + ")";

  @PersistenceContext(unitName = "servicedesk")
  private EntityManager em;

  /** Adds the service unless it is there already. */
  public void add() {
    Number there =
        (Number)
            em.createNativeQuery("select count(*) from catalog_service where code = ?1")
                .setParameter(1, CODE)
                .getSingleResult();
    if (there.intValue() > 0) {
      return;
    }
    run(
        "insert into catalog_service (code, manual_order, name_th, name_en, channel_th,"
            + " channel_en, fee_th, fee_en, documents_th, documents_en, number_prefix)"
            + " values ('"
            + CODE
            + "', 9, '"
            + NAME_TH
            + "', 'A general test service', 'ทางระบบออนไลน์', 'Online', 'ไม่มี', 'None',"
            + " 'ไม่มี', 'None', '"
            + PREFIX
            + "')");
    run(
        "insert into catalog_service_version (service_id, version_no, is_current, created_at,"
            + " created_by, opt_lock) select id, 1, true, current_timestamp,"
            + " 'GeneralServiceFixture', 0 from catalog_service where code = '"
            + CODE
            + "'");
    run(
        "insert into catalog_step (version_id, step_order, step_key, name_th, name_en,"
            + " acting_role, std_min, std_max, std_unit, time_basis)"
            + " select g.id, p.step_order, concat('general.', cast(p.step_order as varchar(4))),"
            + " p.name_th, p.name_en, p.acting_role, p.std_min, p.std_max, p.std_unit,"
            + " p.time_basis from catalog_step p"
            + " join catalog_service_version pv on pv.id = p.version_id and pv.is_current = true"
            + " join catalog_service ps on ps.id = pv.service_id and ps.code = 'PUBLICATION'"
            + " cross join ("
            + VERSIONS
            + ") g");
  }

  /** Removes the rows and everything filed on them (left over by an earlier run, too). */
  public void remove() {
    for (String table :
        List.of(
            "inbox_entry",
            "handled_item",
            "survey_answer",
            "approval",
            "request_attachment",
            "step_instance")) {
      run("delete from " + table + " where request_id in (" + REQUESTS + ")");
    }
    run("delete from service_request where id in (" + REQUESTS + ")");
    // the compliance projection counted the steps finished on the service
    run(
        "delete from report_step_tally where definition_id in (select id from catalog_step"
            + " where version_id in ("
            + VERSIONS
            + "))");
    run("delete from catalog_step where version_id in (" + VERSIONS + ")");
    run("delete from catalog_service_version where id in (" + VERSIONS + ")");
    run("delete from catalog_service where code = '" + CODE + "'");
    run("delete from request_counter where service_code = '" + CODE + "'");
  }

  private void run(String sql) {
    em.createNativeQuery(sql).executeUpdate();
  }
}
