package th.go.sesaoret.servicedesk.request.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import th.go.sesaoret.servicedesk.request.application.ApprovalInfo;
import th.go.sesaoret.servicedesk.request.application.PersonName;
import th.go.sesaoret.servicedesk.request.domain.ContentDigest;
import th.go.sesaoret.servicedesk.shared.web.Dates;
import th.go.sesaoret.servicedesk.shared.web.Messages;

/** Texts the request pages compose from the bundle: durations, time left, people, signatures. */
@Named
@RequestScoped
public class RequestTexts {
  @Inject private Dates dates;
  @Inject private Clock clock;
  private HistoryWords words;

  /** Office minutes as "2 ชม. 30 นาที", "1 ชม." or "45 นาที". */
  public String duration(Long minutes) {
    if (minutes == null) {
      return Messages.text("request.web.noDue");
    }
    long abs = Math.abs(minutes);
    long hours = abs / 60;
    long rest = abs % 60;
    if (hours == 0) {
      return Messages.text("request.web.minutes", rest);
    }
    return rest == 0
        ? Messages.text("request.web.hours", hours)
        : Messages.text("request.web.hoursMinutes", hours, rest);
  }

  /** Time left on a queue item; "เกินกำหนด 1 ชม." when overdue, "—" when there is no due time. */
  public String timeLeft(Long minutes) {
    if (minutes != null && minutes < 0) {
      return Messages.text("request.web.queue.overdue", duration(minutes));
    }
    return duration(minutes);
  }

  public String lateBy(Long minutes) {
    return Messages.text("request.web.lateBy", duration(minutes));
  }

  /** Past its due time now (wall clock), for the badge of a running step. */
  public boolean overdue(Instant due) {
    return due != null && clock.instant().isAfter(due);
  }

  /** "อนุมัติทางอิเล็กทรอนิกส์โดย <full name (position)> เมื่อ <date>". */
  public String signature(ApprovalInfo a) {
    return Messages.text(
        "request.web.signature." + a.decision().name(),
        person(a.approverName()),
        dates.dateTime(a.approvedAt()));
  }

  /** A person by full name and position ("นายประสิทธิ์ มั่นคง (ผู้อำนวยการกลุ่ม ICT)"). */
  public String person(PersonName p) {
    return words().person(p);
  }

  /** A person's full name alone, where the position is said next to it already. */
  public String name(PersonName p) {
    if (p == null) {
      return "";
    }
    return p.fullName() == null ? Messages.text("request.web.person.unknown") : p.fullName();
  }

  /** The request's history in words (see {@link HistoryWords}). */
  public HistoryWords words() {
    if (words == null) {
      words =
          new HistoryWords(
              new HistoryWords.Texts() {
                @Override
                public String text(String key, Object... args) {
                  return Messages.text(key, args);
                }

                @Override
                public boolean has(String key) {
                  return Messages.has(key);
                }
              });
    }
    return words;
  }

  /**
   * The {@code oncomplete} of the request page's actions: the outcome next to the panel is brought
   * into view and focused, so neither eye nor screen reader misses it (PrimeFaces runs it after the
   * update; no inline handler on the page).
   */
  public String getRevealOutcome() {
    return "var f=document.getElementById('actionFeedback');"
        + "if(f&&f.querySelector('.ui-messages-info,.ui-messages-error,.ui-messages-warn')){"
        + "f.scrollIntoView({block:'center'});f.focus({preventScroll:true});}";
  }

  public String code(String sha256) {
    return sha256 == null ? "" : ContentDigest.verificationCode(sha256);
  }

  public String kilobytes(Long bytes) {
    return Messages.text("request.web.fileSize", bytes == null ? 0 : (bytes + 1023) / 1024);
  }
}
