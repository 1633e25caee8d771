package th.go.sesaoret.servicedesk.conference.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoomBoardTest {
  /** 2 Dec 2026 10:00 in Bangkok. */
  private static final Instant TEN = Instant.parse("2026-12-02T03:00:00Z");

  private static RoomBoard.Meeting meeting(String title, Instant start, Duration length) {
    Instant end = start.plus(length);
    return new RoomBoard.Meeting(
        title, start, end, start.minus(Duration.ofMinutes(30)), end.plus(Duration.ofMinutes(30)));
  }

  private static RoomBoard board(Instant now, List<RoomBoard.Meeting> meetings) {
    return RoomBoard.at(1, "ห้อง", "อาคาร 1", now, meetings, null, null);
  }

  @Test
  void aMeetingWhoseSetUpHasBegunIsNowAndTheRestAreNext() {
    var a = meeting("ก", TEN.plus(Duration.ofMinutes(20)), Duration.ofHours(2));
    var b = meeting("ข", TEN.plus(Duration.ofHours(4)), Duration.ofHours(1));
    RoomBoard board = board(TEN, List.of(a, b));

    assertEquals(a, board.now());
    assertFalse(board.now().runningAt(TEN), "still setting up");
    assertTrue(board.now().runningAt(TEN.plus(Duration.ofMinutes(20))));
    assertEquals(List.of(b), board.next());
    assertFalse(board.free());
    assertNull(board.freeUntil());
  }

  @Test
  void freeUntilTheNextSetUpTodayOrAllDay() {
    var later = meeting("ก", TEN.plus(Duration.ofHours(3)), Duration.ofHours(1));
    RoomBoard board = board(TEN, List.of(later));
    assertTrue(board.free());
    assertEquals(TEN.plus(Duration.ofMinutes(150)), board.freeUntil(), "12:30, its set-up");

    var tomorrow = meeting("ข", TEN.plus(Duration.ofDays(1)), Duration.ofHours(1));
    RoomBoard nextDay = board(TEN, List.of(tomorrow));
    assertTrue(nextDay.freeAllDay());
    assertEquals(List.of(tomorrow), nextDay.next());
    assertTrue(board(TEN, List.of()).freeAllDay());
  }

  @Test
  void theBoardListsAtMostFourNextAndAnOutageIsNotFree() {
    List<RoomBoard.Meeting> many =
        List.of(1, 2, 3, 4, 5).stream()
            .map(h -> meeting("m" + h, TEN.plus(Duration.ofHours(h * 2L)), Duration.ofHours(1)))
            .toList();
    assertEquals(RoomBoard.NEXT, board(TEN, many).next().size());

    RoomBoard out =
        RoomBoard.at(
            1,
            "ห้อง",
            "อาคาร 1",
            TEN,
            List.of(),
            new RoomBoard.Outage(TEN.plusSeconds(60), "ซ่อม"),
            null);
    assertFalse(out.free());
    assertFalse(out.freeAllDay());
  }
}
