package th.go.sesaoret.servicedesk.conference.domain;

/** What a piece of conference equipment is; a {@link #KIT} is a set moved and booked as one. */
public enum ItemKind {
  KIT,
  CODEC,
  CAMERA,
  MICROPHONE,
  SPEAKERPHONE,
  ENCODER,
  LAPTOP;

  /** Bundle key of its name ({@code conference_th/_en}). */
  public String labelKey() {
    return "conference.item." + name();
  }
}
