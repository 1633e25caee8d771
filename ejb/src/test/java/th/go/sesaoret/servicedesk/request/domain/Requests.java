package th.go.sesaoret.servicedesk.request.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceVersion;
import th.go.sesaoret.servicedesk.catalog.domain.StandardUnit;
import th.go.sesaoret.servicedesk.catalog.domain.TimeBasis;
import th.go.sesaoret.servicedesk.catalog.domain.TimeStandard;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.OfficeTime;
import th.go.sesaoret.servicedesk.sla.domain.BusinessCalendar;
import th.go.sesaoret.servicedesk.sla.domain.OfficeHours;

/** Test fixtures: the manual's repair, publication and conference versions, built in memory. */
public final class Requests {
  public static final BusinessCalendar CALENDAR =
      BusinessCalendar.of(
          OfficeHours.government(),
          List.of(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 10)),
          Set.of(2026, 2027));

  public static final Actor REQUESTER = Actor.of("requester", Role.REQUESTER);
  public static final Actor CLERK = Actor.of("clerk", Role.CLERK);
  public static final Actor STAFF = Actor.of("staff", Role.STAFF);
  public static final Actor GROUP_DIRECTOR = Actor.of("groupdirector", Role.GROUP_DIRECTOR);
  public static final Actor DEPUTY = Actor.of("deputy", Role.DEPUTY_DIRECTOR);
  public static final Actor DIRECTOR = Actor.of("director", Role.DIRECTOR);

  private Requests() {}

  public static Instant bangkok(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(OfficeTime.ZONE).toInstant();
  }

  public static ServiceVersion repair() {
    return ServiceVersion.draft(1, "test", Instant.EPOCH)
        .addStep(
            "repair.form",
            "กรอกแบบ",
            "form",
            Role.REQUESTER,
            std(30, StandardUnit.MINUTES),
            office())
        .addStep(
            "repair.intake",
            "ยื่นธุรการ",
            "clerk",
            Role.CLERK,
            std(30, StandardUnit.MINUTES),
            office())
        .addStep(
            "repair.order",
            "อนุมัติ",
            "approve",
            Role.GROUP_DIRECTOR,
            std(1, StandardUnit.HOURS),
            office())
        .addStep(
            "repair.work",
            "ซ่อม",
            "repair",
            Role.STAFF,
            std(1, StandardUnit.WORKING_DAYS),
            office())
        .addStep(
            "repair.report",
            "รายงาน",
            "report",
            Role.STAFF,
            std(3, StandardUnit.WORKING_DAYS),
            office());
  }

  public static ServiceVersion publication() {
    return ServiceVersion.draft(1, "test", Instant.EPOCH)
        .addStep(
            "publication.prepare",
            "เตรียม",
            "prepare",
            Role.REQUESTER,
            std(1, StandardUnit.WORKING_DAYS),
            office())
        .addStep(
            "publication.form",
            "กรอก",
            "fill",
            Role.REQUESTER,
            std(1, StandardUnit.HOURS),
            office())
        .addStep("publication.propose", "เสนอ", "propose", Role.DEPUTY_DIRECTOR, day(), office())
        .addStep("publication.sign", "ลงนาม", "sign", Role.DEPUTY_DIRECTOR, day(), office())
        .addStep("publication.draft", "ร่าง", "draft", Role.STAFF, day(), office())
        .addStep("publication.check", "ตรวจ", "check", Role.REQUESTER, day(), office())
        .addStep("publication.publish", "เผยแพร่", "publish", Role.STAFF, day(), office());
  }

  public static ServiceVersion conference() {
    return ServiceVersion.draft(1, "test", Instant.EPOCH)
        .addStep(
            "conference.arrange",
            "ประสาน",
            "arrange",
            Role.REQUESTER,
            std(3, StandardUnit.MINUTES),
            office())
        .addStep(
            "conference.setup",
            "ติดตั้ง",
            "setup",
            Role.STAFF,
            std(30, StandardUnit.MINUTES),
            booking())
        .addStep(
            "conference.run",
            "จัดประชุม",
            "run",
            Role.STAFF,
            TimeStandard.range(3, 6, StandardUnit.HOURS),
            booking())
        .addStep(
            "conference.postcheck",
            "ตรวจหลังประชุม",
            "check",
            Role.STAFF,
            std(30, StandardUnit.MINUTES),
            booking());
  }

  public static ServiceRequest file(ServiceVersion version, Instant at) {
    return ServiceRequest.file(
        version,
        "ซ.0001/2569",
        "requester",
        null,
        new Content("เครื่องพิมพ์เสีย", "ห้องธุรการ", List.of()),
        at,
        CALENDAR);
  }

  private static TimeStandard std(int amount, StandardUnit unit) {
    return TimeStandard.of(amount, unit);
  }

  private static TimeStandard day() {
    return std(1, StandardUnit.WORKING_DAYS);
  }

  private static TimeBasis office() {
    return TimeBasis.OFFICE_TIME;
  }

  private static TimeBasis booking() {
    return TimeBasis.BOOKING_CLOCK;
  }
}
