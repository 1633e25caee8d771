package th.go.sesaoret.servicedesk.request.web;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.go.sesaoret.servicedesk.request.application.HistoryLine;
import th.go.sesaoret.servicedesk.request.application.PersonName;
import th.go.sesaoret.servicedesk.request.domain.RequestStatus;

/**
 * A request's history in words, from the bundle: who by name and position, what action, at which
 * step, what came of it, or for a refused attempt the refusal and its reason. No user name, state
 * code, bundle key or technical detail reaches the page (the administrator's audit search keeps
 * those).
 */
public final class HistoryWords {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

  /** The bundle in the page's language. */
  public interface Texts {
    String text(String key, Object... args);

    boolean has(String key);
  }

  private final Texts texts;

  public HistoryWords(Texts texts) {
    this.texts = texts;
  }

  /** "นายประสิทธิ์ มั่นคง (ผู้อำนวยการกลุ่ม ICT)", or the system. */
  public String who(HistoryLine line) {
    return line.who() == null ? texts.text("request.web.person.system") : person(line.who());
  }

  /** A person by full name and position; never the user name. */
  public String person(PersonName p) {
    if (p == null) {
      return "";
    }
    if (p.fullName() == null) {
      return texts.text("request.web.person.unknown");
    }
    return p.position() == null
        ? p.fullName()
        : texts.text("request.web.person", p.fullName(), texts.text(p.position().labelKey()));
  }

  /** The action in words (by the key its feature gives it); a refused attempt says so. */
  public String what(HistoryLine line) {
    String action =
        line.action() == null
            ? texts.text("request.web.history.otherAction")
            : texts.text(line.action().labelKey());
    return line.refused() ? texts.text("request.web.history.refused", action) : action;
  }

  /** "ขั้นตอนที่ 3 เสนอ...", or empty when the entry names no step. */
  public String where(HistoryLine line) {
    return step(line.step(), line.stepName());
  }

  /** What came of it: the refusal's reason, the next step, or the request's new status. */
  public String result(HistoryLine line) {
    if (line.refused()) {
      return texts.text("request.web.history.reason", reason(line));
    }
    RequestStatus after = line.statusAfter();
    if (after == null) {
      return "";
    }
    if (after == RequestStatus.OPEN && line.statusBefore() == RequestStatus.OPEN) {
      boolean moved = line.stepAfter() != null && !line.stepAfter().equals(line.step());
      return moved
          ? texts.text("request.web.history.next", step(line.stepAfter(), line.stepAfterName()))
          : "";
    }
    if (after == line.statusBefore()) {
      return "";
    }
    String status = texts.text("request.status." + after.name());
    return texts.text("request.web.history.status", status);
  }

  /** The person's own words (a comment, a reason), or empty. */
  public String note(HistoryLine line) {
    return line.note() == null ? "" : texts.text("request.web.history.note", line.note());
  }

  private String step(Integer order, String name) {
    if (order == null) {
      return "";
    }
    return texts.text("request.web.history.step", order, name == null ? "" : name);
  }

  /** The refusal's own message, with the arguments it was given (missing ones left empty). */
  private String reason(HistoryLine line) {
    String key = line.reasonKey();
    if (key == null || !texts.has(key)) {
      return texts.text("request.web.history.reasonOther");
    }
    String pattern = texts.text(key);
    int wanted = 0;
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      wanted = Math.max(wanted, Integer.parseInt(m.group(1)) + 1);
    }
    Object[] args = Arrays.copyOf(line.reasonArgs().toArray(), Math.max(wanted, 1));
    for (int i = 0; i < args.length; i++) {
      args[i] = args[i] == null ? "" : args[i];
    }
    return wanted == 0 ? pattern : texts.text(key, args);
  }
}
