package th.go.sesaoret.servicedesk.repair.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The printed repair form (แบบแจ้งซ่อม) of one repair, for those who may see its request: the sheet
 * is checked and audited by {@link RepairQueries#sheet}, then printed. Its refusals pass through
 * unchanged.
 */
@ApplicationScoped
public class PrintedRepairForm {
  @EJB private RepairQueries repairs;
  @Inject private RepairFormPrinter printer;

  /** The form as a PDF, with the request number it is for (the file's name). */
  public Pdf print(long requestId, String sourceIp) {
    RepairSheet sheet = repairs.sheet(requestId, sourceIp);
    return new Pdf(sheet.requestNumber(), printer.render(sheet));
  }

  /** The printed form's bytes and the number of its request. */
  public record Pdf(String requestNumber, byte[] content) {}
}
