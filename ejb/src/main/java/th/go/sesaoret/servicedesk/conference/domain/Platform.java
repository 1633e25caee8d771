package th.go.sesaoret.servicedesk.conference.domain;

/** The meeting platform the far end joins on; {@link #NONE} for a meeting in the room only. */
public enum Platform {
  ZOOM,
  GOOGLE_MEET,
  MS_TEAMS,
  WEBEX,
  MINISTRY,
  NONE;

  /** Bundle key of its name ({@code conference_th/_en}). */
  public String labelKey() {
    return "conference.platform." + name();
  }
}
