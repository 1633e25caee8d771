package th.go.sesaoret.servicedesk.repair.application;

/** Prints the paper repair form of a sheet as the bytes of a PDF document (a port). */
public interface RepairFormPrinter {
  /**
   * The form for {@code sheet}.
   *
   * @throws NullPointerException if the sheet has no link: the QR code needs one
   */
  byte[] render(RepairSheet sheet);
}
