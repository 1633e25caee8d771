package th.go.sesaoret.servicedesk.request.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.go.sesaoret.servicedesk.audit.domain.AuditAction;
import th.go.sesaoret.servicedesk.repair.domain.RepairAuditAction;
import th.go.sesaoret.servicedesk.request.application.HistoryLine;
import th.go.sesaoret.servicedesk.request.application.PersonName;
import th.go.sesaoret.servicedesk.request.domain.RequestAuditAction;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * Every audit action the application writes is worded on the request page in Thai and English, done
 * and refused, with no bundle key, state code, user name or technical detail left; every refusal's
 * key and every text the request page asks for is in both bundles.
 */
class HistoryWordsTest {
  /** What must never reach the requester's history. */
  private static final Pattern RAW =
      Pattern.compile(
          "[a-z]+\\.[a-z]+\\.[a-zA-Z.]+|@|sha256=|[A-Z]{3,}_[A-Z_]+|\\{\\d|=|\\b(REQUESTER|CLERK|STAFF"
              + "|GROUP_DIRECTOR|DIRECTOR|OPEN|RETURNED)\\b");

  /** Every action the application writes: the engine's and the repair's. */
  private static final List<AuditAction> ACTIONS =
      Stream.of(RequestAuditAction.values(), RepairAuditAction.values())
          .<AuditAction>flatMap(Stream::of)
          .toList();

  /** Test only: a fourth service's own action, with its own label key. */
  private enum BookingAction implements AuditAction {
    BOOKING_MOVE;

    @Override
    public Note noteKind() {
      return Note.WORDS;
    }

    @Override
    public String labelKey() {
      return "booking.audit." + name();
    }
  }

  private static HistoryWords words(ResourceBundle bundle, Locale locale) {
    return words(bundle, locale, Map.of());
  }

  /** The page's bundle, and a service's own words beside it. */
  private static HistoryWords words(ResourceBundle bundle, Locale locale, Map<String, String> own) {
    return new HistoryWords(
        new HistoryWords.Texts() {
          @Override
          public String text(String key, Object... args) {
            String pattern =
                bundle.containsKey(key) ? bundle.getString(key) : own.getOrDefault(key, key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
          }

          @Override
          public boolean has(String key) {
            return bundle.containsKey(key) || own.containsKey(key);
          }
        });
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle("messages", locale);
  }

  private static HistoryLine done(AuditAction action) {
    return new HistoryLine(
        1L,
        Instant.EPOCH,
        new PersonName("นายประสิทธิ์ มั่นคง", Role.GROUP_DIRECTOR),
        action,
        false,
        3,
        "พิจารณาอนุมัติ",
        RequestStatus.OPEN,
        RequestStatus.OPEN,
        4,
        "ดำเนินการซ่อม",
        note(action),
        null,
        List.of());
  }

  /** The note of a detail as the code writes it: technical facts, or the person's own words. */
  private static String note(AuditAction action) {
    String technical = "sha256=abc technician=staff vendor=null reason=ไม่ใช่ครุภัณฑ์";
    String note = action.note(technical);
    return technical.equals(note) ? action.note("ตรวจแล้วถูกต้อง") : note;
  }

  private static HistoryLine refused(AuditAction action, String key, String... args) {
    return new HistoryLine(
        2L,
        Instant.EPOCH,
        new PersonName("นายประสิทธิ์ มั่นคง", Role.GROUP_DIRECTOR),
        action,
        true,
        3,
        "พิจารณาอนุมัติ",
        RequestStatus.OPEN,
        null,
        null,
        null,
        null,
        key,
        List.of(args));
  }

  private static String all(HistoryWords w, HistoryLine line) {
    return String.join(
        " | ", w.who(line), w.what(line), w.where(line), w.result(line), w.note(line));
  }

  @ParameterizedTest
  @ValueSource(strings = {"th", "en"})
  void everyAuditActionIsWordedDoneAndRefused(String language) {
    Locale locale = Locale.forLanguageTag(language);
    ResourceBundle bundle = bundle(locale);
    HistoryWords w = words(bundle, locale);
    for (AuditAction action : ACTIONS) {
      assertTrue(bundle.containsKey(action.labelKey()), "missing: " + action);
      for (HistoryLine line :
          List.of(
              done(action),
              refused(action, "request.approval.badPassword"),
              refused(action, "request.step.notYours", "3"))) {
        String text = all(w, line);
        Matcher raw = RAW.matcher(text);
        assertFalse(raw.find(), language + " " + action + ": raw '" + rawOf(raw) + "' in " + text);
      }
    }
  }

  private static String rawOf(Matcher m) {
    try {
      return m.group();
    } catch (IllegalStateException e) {
      return "";
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"th", "en"})
  void aRefusalReadsAsARefusalWithItsReasonNotAsASecondApproval(String language) {
    Locale locale = Locale.forLanguageTag(language);
    HistoryWords w = words(bundle(locale), locale);
    HistoryLine line = refused(RepairAuditAction.REPAIR_ORDER, "request.approval.badPassword");
    String approved = bundle(locale).getString("audit.action.REPAIR_ORDER");
    assertTrue(w.what(line).length() > approved.length(), "says it was not done: " + w.what(line));
    assertTrue(
        w.result(line).contains(bundle(locale).getString("request.approval.badPassword")),
        w.result(line));
    HistoryLine notYours = refused(RequestAuditAction.STEP_COMPLETE, "request.step.notYours", "6");
    assertTrue(w.result(notYours).contains("6"), w.result(notYours));
    assertEquals("", w.note(line));
  }

  /** A service's own action is worded by the key it gives, with no change to the request page. */
  @Test
  void aServicesOwnActionIsWordedByItsOwnKey() {
    Locale locale = Locale.ENGLISH;
    HistoryWords w =
        words(bundle(locale), locale, Map.of("booking.audit.BOOKING_MOVE", "Booking moved"));
    HistoryLine done = done(BookingAction.BOOKING_MOVE);
    assertEquals("Booking moved", w.what(done));
    assertTrue(w.note(done).contains("ตรวจแล้วถูกต้อง"), w.note(done));
    HistoryLine no = refused(BookingAction.BOOKING_MOVE, "request.step.notYours", "3");
    assertTrue(w.what(no).contains("Booking moved") && !w.what(no).equals("Booking moved"));
    assertFalse(RAW.matcher(all(w, no)).find(), all(w, no));
  }

  @ParameterizedTest
  @ValueSource(strings = {"th", "en"})
  void everyRefusalKeyOfTheServicesIsInTheBundle(String language) {
    ResourceBundle bundle = bundle(Locale.forLanguageTag(language));
    Set<String> missing = new TreeSet<>();
    for (String key :
        found(Path.of("../ejb/src/main/java"), "BusinessException\\(\\s*\"([^\"]+)\"")) {
      if (!bundle.containsKey(key)) {
        missing.add(key);
      }
    }
    assertTrue(missing.isEmpty(), language + " bundle lacks refusal texts: " + missing);
  }

  @ParameterizedTest
  @ValueSource(strings = {"th", "en"})
  void everyTextTheRequestPageAsksForIsInTheBundle(String language) {
    ResourceBundle bundle = bundle(Locale.forLanguageTag(language));
    Set<String> missing = new TreeSet<>();
    for (String page :
        List.of(
            "requests/view.xhtml",
            "WEB-INF/includes/repair-actions.xhtml",
            "WEB-INF/includes/repair-panel.xhtml",
            "requests/mine.xhtml",
            "requester/home.xhtml")) {
      for (String key : found(Path.of("src/main/webapp", page), "msg\\['([a-zA-Z.]+)'\\]")) {
        if (!bundle.containsKey(key)) {
          missing.add(page + ": " + key);
        }
      }
    }
    assertTrue(missing.isEmpty(), language + " bundle lacks: " + missing);
  }

  private static List<String> found(Path where, String regex) {
    Pattern pattern = Pattern.compile(regex);
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(where)) {
      files
          .filter(Files::isRegularFile)
          .forEach(
              f -> {
                Matcher m = pattern.matcher(read(f));
                while (m.find()) {
                  out.add(m.group(1));
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
