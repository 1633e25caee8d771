package th.go.sesaoret.servicedesk.repair.domain;

/** What is broken: the kinds of equipment and systems DLICT looks after. */
public enum EquipmentType implements Labelled {
  DESKTOP,
  NOTEBOOK,
  MONITOR,
  PRINTER,
  SCANNER,
  PROJECTOR,
  NETWORK,
  UPS,
  CONFERENCE,
  SOFTWARE,
  OTHER;
}
