package th.go.sesaoret.servicedesk.notification.infrastructure;

/** JNDI names of the queues that messaging.cli declares. */
public final class NoticeQueues {
  public static final String APPROVAL = "java:/jms/queue/ApprovalNoticeQueue";
  public static final String COMPLETION = "java:/jms/queue/CompletionNoticeQueue";

  /** The server's own dead-letter queue (address jms.queue.DLQ). */
  public static final String DEAD_LETTERS = "java:/jms/queue/DLQ";

  private NoticeQueues() {}
}
