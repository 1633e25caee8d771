package th.go.sesaoret.servicedesk.repair.application;

/**
 * The content of one paper repair form (แบบแจ้งซ่อม), every field already formatted as it is to be
 * printed: dates in the Buddhist era, labels in Thai. A {@code null} field is printed as a dotted
 * blank, to be filled in by hand.
 *
 * @param requestNumber running number, e.g. {@code ซ.0001/2569}
 * @param filedAt when the request was filed, e.g. {@code 25 พฤศจิกายน 2569 10:30 น.}
 * @param requesterName the requester's full name
 * @param requesterPosition the requester's position, often unknown
 * @param contactPhone telephone to reach the requester
 * @param channel how the request came in, e.g. {@code ยื่นออนไลน์}
 * @param kind hardware or software, e.g. {@code ฮาร์ดแวร์}
 * @param equipmentType e.g. {@code เครื่องคอมพิวเตอร์ตั้งโต๊ะ}
 * @param assetNumber the asset register number (เลขครุภัณฑ์)
 * @param serialNumber the maker's serial number
 * @param building building where the equipment stands
 * @param room room where the equipment stands
 * @param symptom the symptom in the requester's words, possibly several lines
 * @param urgency e.g. {@code ด่วน}
 * @param receiptNumber the clerk's receipt number (เลขรับ)
 * @param receivedAt when the clerk received it
 * @param receivedBy the clerk who received it
 * @param approval the electronic-signature line of the approval
 * @param order what was ordered, e.g. {@code มอบหมาย นายช่าง ซ่อมดี}
 * @param resolution what the technician did
 * @param link absolute URL of the request page, printed and encoded in the QR code
 */
public record RepairSheet(
    String requestNumber,
    String filedAt,
    String requesterName,
    String requesterPosition,
    String contactPhone,
    String channel,
    String kind,
    String equipmentType,
    String assetNumber,
    String serialNumber,
    String building,
    String room,
    String symptom,
    String urgency,
    String receiptNumber,
    String receivedAt,
    String receivedBy,
    String approval,
    String order,
    String resolution,
    String link) {}
