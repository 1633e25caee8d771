package th.go.sesaoret.servicedesk.notification.application;

import th.go.sesaoret.servicedesk.shared.list.ListSort;

/** The sortable columns of the inbox (the whitelist); newest first by default. */
public enum InboxSort implements ListSort {
  TIME("e.createdAt"),
  NUMBER("e.requestNumber"),
  TITLE("r.title"),
  STATUS("e.readAt");

  private final String path;

  InboxSort(String path) {
    this.path = path;
  }

  @Override
  public String path() {
    return path;
  }

  /** A notice may outlive its request; an unread one has no time read. */
  @Override
  public boolean nullable() {
    return this == TITLE || this == STATUS;
  }
}
