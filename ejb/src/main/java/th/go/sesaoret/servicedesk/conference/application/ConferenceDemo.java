package th.go.sesaoret.servicedesk.conference.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
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
    Properties demo = new Properties();
    try (var in = ConferenceDemo.class.getResourceAsStream("/demo/conference-demo.properties")) {
      demo.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("demo/conference-demo.properties is missing", e);
    }
    Map<String, Room> byNumber = new HashMap<>();
    for (int n = 1; demo.containsKey("room." + n); n++) {
      String[] f = demo.getProperty("room." + n).split("\\|", -1);
      Room room = Room.of(f[0], f[1], Integer.parseInt(f[2]), f[3], f[4]);
      em.persist(room);
      byNumber.put(String.valueOf(n), room);
    }
    for (int n = 1; demo.containsKey("item." + n); n++) {
      String[] f = demo.getProperty("item." + n).split("\\|", -1);
      em.persist(ConferenceItem.of(ItemKind.valueOf(f[0]), f[1], f[2], byNumber.get(f[3])));
    }
  }
}
