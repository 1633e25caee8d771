package th.go.sesaoret.servicedesk.approval.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.request.domain.Actor;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.list.ListQuery;
import th.go.sesaoret.servicedesk.shared.list.ListSort;

class ApprovalDeskRulesTest {
  @Test
  void theDirectorDecidesEveryApprovalRole() {
    assertEquals(
        EnumSet.of(Role.DEPUTY_DIRECTOR, Role.GROUP_DIRECTOR, Role.DIRECTOR),
        ApprovalDesk.approvalRoles(Actor.of("director", Role.DIRECTOR)));
  }

  @Test
  void theGroupDirectorDecidesOnlyTheirs() {
    assertEquals(
        EnumSet.of(Role.GROUP_DIRECTOR),
        ApprovalDesk.approvalRoles(Actor.of("gdir", Role.GROUP_DIRECTOR)));
  }

  @Test
  void anActingOfficialDecidesWhatTheyActFor() {
    Actor acting = new Actor("staff", Set.of(Role.STAFF), Set.of(Role.DEPUTY_DIRECTOR));
    assertEquals(EnumSet.of(Role.DEPUTY_DIRECTOR), ApprovalDesk.approvalRoles(acting));
    Actor forDirector = new Actor("clerk", Set.of(Role.CLERK), Set.of(Role.DIRECTOR));
    assertEquals(
        EnumSet.of(Role.DEPUTY_DIRECTOR, Role.GROUP_DIRECTOR, Role.DIRECTOR),
        ApprovalDesk.approvalRoles(forDirector));
  }

  @Test
  void staffWithoutAnAppointmentHaveNoDesk() {
    assertEquals(Set.of(), ApprovalDesk.approvalRoles(Actor.of("staff", Role.STAFF)));
  }

  @Test
  void oldestDueFirstUntimedLast() {
    ListQuery<DeskSort> query = ListQuery.sortedBy(DeskSort.DUE, true);
    assertEquals(" order by s.clock.dueAt asc nulls last, s.id", query.orderBy("s.id"));
  }

  @Test
  void onlyTheWhitelistSorts() {
    assertEquals(DeskSort.REQUESTER, ListSort.of(DeskSort.class, "requester").orElseThrow());
    assertEquals(true, ListSort.of(DeskSort.class, "r.title; drop").isEmpty());
  }
}
