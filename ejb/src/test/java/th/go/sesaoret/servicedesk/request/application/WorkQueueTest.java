package th.go.sesaoret.servicedesk.request.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.OfficeTime;
import th.go.sesaoret.servicedesk.sla.domain.BusinessCalendar;
import th.go.sesaoret.servicedesk.sla.domain.OfficeHours;

class WorkQueueTest {
  private static final BusinessCalendar CALENDAR =
      BusinessCalendar.of(OfficeHours.government(), List.of(), Set.of(2026));

  private static Instant bangkok(int day, int hour, int minute) {
    return LocalDateTime.of(2026, 11, day, hour, minute).atZone(OfficeTime.ZONE).toInstant();
  }

  @Test
  void theDirectorWorksOnDeputyAndGroupDirectorStepsAndRequesterStepsArePersonal() {
    assertEquals(
        EnumSet.of(Role.ADMIN, Role.DIRECTOR, Role.DEPUTY_DIRECTOR, Role.GROUP_DIRECTOR),
        WorkQueue.actingRoles(Set.of(Role.DIRECTOR)));
    assertEquals(EnumSet.of(Role.ADMIN), WorkQueue.actingRoles(Set.of(Role.REQUESTER)));
  }

  @Test
  void theStepsTheDirectorOnlyOverseesDoNotWaitForHim() {
    assertEquals(EnumSet.of(Role.ADMIN, Role.DIRECTOR), WorkQueue.ownRoles(Set.of(Role.DIRECTOR)));
    assertEquals(
        EnumSet.of(Role.ADMIN, Role.CLERK), WorkQueue.ownRoles(Set.of(Role.CLERK, Role.REQUESTER)));
  }

  @Test
  void timeLeftIsOfficeTimeAndNegativeWhenOverdue() {
    var row =
        new WorkQueue.Row(
            1L,
            2L,
            "ซ.0001/2569",
            ServiceCode.REPAIR,
            "t",
            "นางสาวสมศรี ใจดี",
            3,
            Role.GROUP_DIRECTOR,
            null,
            bangkok(25, 11, 0),
            bangkok(25, 13, 30),
            false,
            true);
    assertEquals(60L, row.withTimeLeft(CALENDAR, bangkok(25, 11, 30)).minutesLeft());
    assertEquals(-60L, row.withTimeLeft(CALENDAR, bangkok(25, 14, 30)).minutesLeft());
  }

  @Test
  void aBookedStepsTimeLeftIsClockTimeLunchAndEveningIncluded() {
    var setUp =
        new WorkQueue.Row(
            1L,
            2L,
            "ป.0001/2569",
            ServiceCode.VIDEO_CONFERENCE,
            "t",
            "นางสาวสมศรี ใจดี",
            2,
            Role.STAFF,
            "staff",
            bangkok(25, 9, 0),
            bangkok(25, 13, 30),
            true,
            true);
    assertEquals(120L, setUp.withTimeLeft(CALENDAR, bangkok(25, 11, 30)).minutesLeft());
    assertEquals(-30L, setUp.withTimeLeft(CALENDAR, bangkok(25, 14, 0)).minutesLeft());
  }
}
