package th.go.sesaoret.servicedesk.repair.domain;

/** How the technician's work ended (step 4). */
public enum Resolution implements Labelled {
  REPAIRED,
  SOFTWARE_UPDATED,
  REPLACED,
  SENT_OUT,
  CANNOT_FIX;
}
