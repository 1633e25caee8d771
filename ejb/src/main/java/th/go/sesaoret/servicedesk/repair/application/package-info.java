/**
 * The repair service (งานแจ้งซ่อม) as the application sees it: {@link RepairSheet} is the paper
 * repair form's content, already formatted in Thai, handed to the form printer.
 */
package th.go.sesaoret.servicedesk.repair.application;
