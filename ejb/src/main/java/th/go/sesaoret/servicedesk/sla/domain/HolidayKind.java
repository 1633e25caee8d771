package th.go.sesaoret.servicedesk.sla.domain;

/** Why a day is in the holiday table (thai-notes.md, "Office hours and holidays"). */
public enum HolidayKind {
  /** A public holiday on the cabinet's yearly list. */
  PUBLIC,
  /** A day off in place of a public holiday that fell on a weekend. */
  SUBSTITUTION,
  /** An extra day off the cabinet declares (e.g. 2 Jan 2026). */
  SPECIAL,
  /** A day off for government offices only (e.g. Royal Ploughing Day). */
  GOVERNMENT_ONLY,
  /** A day off the cabinet declares for some provinces only (e.g. the north-east). */
  REGIONAL,
  /**
   * A day off for the private sector only (Labour Day): listed so staff see why the office is open,
   * never closing it.
   */
  PRIVATE_SECTOR_ONLY;

  /** Whether a day of this kind may close a government office at all. */
  public boolean mayCloseOffice() {
    return this != PRIVATE_SECTOR_ONLY;
  }
}
