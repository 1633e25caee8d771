package th.go.sesaoret.servicedesk.conference.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import th.go.sesaoret.servicedesk.conference.application.RoomBoard;
import th.go.sesaoret.servicedesk.conference.application.RoomDisplays;
import th.go.sesaoret.servicedesk.shared.OfficeTime;
import th.go.sesaoret.servicedesk.shared.web.LocaleBacking;
import th.go.sesaoret.servicedesk.shared.web.Messages;

/**
 * The screen at a room's door ({@code /rooms/display.xhtml?room=N}): no sign-in, no session, kept
 * by caches for 30 seconds (it reloads itself every minute). An unknown room is the same 404 as an
 * unknown page.
 */
@Named
@RequestScoped
public class RoomDisplayBacking {
  static final String CACHE = "public, max-age=30";
  private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

  @EJB private RoomDisplays displays;
  @Inject private LocaleBacking locale;

  private String room;
  private RoomBoard board;

  /** The view action: the board, or the site's 404. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ec = faces.getExternalContext();
    board = parsed() == null ? null : displays.board(parsed()).orElse(null);
    if (board == null) {
      ec.responseSendError(404, null);
      faces.responseComplete();
      return;
    }
    ec.setResponseHeader("Cache-Control", CACHE);
    ec.setResponseHeader("Vary", "Accept-Language, Cookie");
  }

  private Long parsed() {
    if (room == null || !room.matches("[0-9]{1,12}")) {
      return null;
    }
    return Long.parseLong(room);
  }

  public RoomBoard getBoard() {
    return board;
  }

  /** What the room is doing now, as a bundle key's last part. */
  public String getState() {
    if (board.outage() != null) {
      return "outage";
    }
    RoomBoard.Meeting now = board.now();
    if (now == null) {
      return "free";
    }
    if (now.runningAt(board.at())) {
      return "running";
    }
    return board.at().isBefore(now.start()) ? "setup" : "postcheck";
  }

  public String time(Instant instant) {
    return instant == null ? "" : HM.withZone(OfficeTime.ZONE).format(instant);
  }

  /** A meeting's day when it is not today ("3 ธ.ค. 2569"), else empty. */
  public String dayIfNotToday(Instant instant) {
    var day = instant.atZone(OfficeTime.ZONE).toLocalDate();
    if (day.equals(board.at().atZone(OfficeTime.ZONE).toLocalDate())) {
      return "";
    }
    return formatter("EEE d MMM yyyy").format(instant);
  }

  /** Today, written out with its weekday, in the Buddhist era in Thai. */
  public String getToday() {
    return Messages.text(
        "conference.display.today",
        formatter("EEEE").format(board.at()),
        formatter("d MMMM yyyy").format(board.at()));
  }

  private DateTimeFormatter formatter(String pattern) {
    boolean thai = locale.isThai();
    DateTimeFormatter f =
        DateTimeFormatter.ofPattern(pattern, thai ? Locale.forLanguageTag("th") : Locale.ENGLISH)
            .withZone(OfficeTime.ZONE);
    return thai ? f.withChronology(ThaiBuddhistChronology.INSTANCE) : f;
  }

  public String getRoom() {
    return room;
  }

  public void setRoom(String room) {
    this.room = room;
  }
}
