/**
 * Technical side of the repair service: {@link JpaRepairReads} reads the repair lists (the
 * technician's queue, the equipment history, the technicians' load); {@link RepairFormPdf} prints
 * the paper repair form (แบบแจ้งซ่อม) as an A4 PDF with OpenPDF, Thai shaped through {@code
 * LayoutProcessor} in the bundled Laksaman font, Thai words made breakable by {@link ThaiWrap}, and
 * a QR code of the request's link.
 */
package th.go.sesaoret.servicedesk.repair.infrastructure;
