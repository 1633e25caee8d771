package th.go.sesaoret.servicedesk.conference.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import th.go.sesaoret.servicedesk.conference.application.ConferenceCalendar;
import th.go.sesaoret.servicedesk.conference.application.ConferenceFeeds;
import th.go.sesaoret.servicedesk.conference.application.ConferenceFeeds.FeedStatus;
import th.go.sesaoret.servicedesk.conference.application.RoomView;
import th.go.sesaoret.servicedesk.shared.web.Callers;
import th.go.sesaoret.servicedesk.shared.web.Messages;

/**
 * The calendar feeds page (conference/feeds.xhtml): the rooms' public feeds and the caller's own
 * feed, whose secret link is shown once, right after it is made or renewed.
 */
@Named
@ViewScoped
public class FeedsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private ConferenceFeeds feeds;
  @EJB private ConferenceCalendar calendar;

  private FeedStatus status;
  private List<RoomView> rooms;
  private String token;
  private String base;

  @PostConstruct
  void init() {
    ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    int port = ec.getRequestServerPort();
    boolean usual =
        ("http".equals(ec.getRequestScheme()) && port == 80)
            || ("https".equals(ec.getRequestScheme()) && port == 443);
    base =
        ec.getRequestScheme()
            + "://"
            + ec.getRequestServerName()
            + (usual ? "" : ":" + port)
            + ec.getRequestContextPath();
  }

  public FeedStatus getStatus() {
    if (status == null) {
      status = feeds.mine();
    }
    return status;
  }

  public List<RoomView> getRooms() {
    if (rooms == null) {
      rooms = calendar.rooms();
    }
    return rooms;
  }

  /** Makes (or renews) the caller's secret link; the old one stops working. */
  public void renew() {
    token = feeds.renew(Callers.ip());
    status = null;
    Messages.info("conference.feeds.created");
  }

  public String getAllUrl() {
    return base + "/calendar/all.ics";
  }

  public String roomUrl(long roomId) {
    return base + "/calendar/room/" + roomId + ".ics";
  }

  /** The personal link, only right after it was made; null otherwise. */
  public String getMyUrl() {
    return token == null ? null : base + "/calendar/me/" + token + ".ics";
  }
}
