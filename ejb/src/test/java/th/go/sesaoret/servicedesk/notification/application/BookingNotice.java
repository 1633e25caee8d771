package th.go.sesaoret.servicedesk.notification.application;

import th.go.sesaoret.servicedesk.notification.domain.NoticeKind;

/** Test only: a fourth service's own notice kind, declared outside notification's code. */
enum BookingNotice implements NoticeKind {
  /** The booking moved: the staff prepare the room at the new time. */
  BOOKING_MOVED;

  @Override
  public Queue queue() {
    return Queue.COMPLETION;
  }

  @Override
  public Item item() {
    return Item.STEP;
  }

  @Override
  public boolean asksRecipient() {
    return true;
  }

  @Override
  public String bundle() {
    return "booking";
  }

  @Override
  public String textKey() {
    return "booking.notice." + name();
  }

  @Override
  public String nameKey() {
    return "booking.notice.name." + name();
  }
}
