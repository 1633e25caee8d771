package th.go.sesaoret.servicedesk.notification.infrastructure;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import th.go.sesaoret.servicedesk.notification.application.DeadLetter;
import th.go.sesaoret.servicedesk.notification.application.DeadLetterDesk;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * The dead-letter desk on the server's queues: browses the {@code DLQ}, and replays a notice by
 * moving it back to the queue it came from. A JMS failure is rethrown unchecked.
 */
@Stateless
@Local(DeadLetterDesk.class)
@RolesAllowed(Role.ADMIN_NAME)
public class DeadLetters implements DeadLetterDesk {
  /** Artemis keeps the address a dead letter came from in this property. */
  static final String ORIGINAL_ADDRESS = "_AMQ_ORIG_ADDRESS";

  private static final Pattern MESSAGE_ID = Pattern.compile("ID:[0-9A-Za-z:._-]{1,100}");

  @Inject private JMSContext jms;

  @Resource(lookup = NoticeQueues.DEAD_LETTERS)
  private Queue deadLetters;

  @Resource(lookup = NoticeQueues.APPROVAL)
  private Queue approvalQueue;

  @Resource(lookup = NoticeQueues.COMPLETION)
  private Queue completionQueue;

  @Override
  public List<DeadLetter> list() {
    List<DeadLetter> letters = new ArrayList<>();
    try (QueueBrowser browser = jms.createBrowser(deadLetters)) {
      for (Object each : Collections.list(browser.getEnumeration())) {
        letters.add(describe((Message) each));
      }
    } catch (JMSException e) {
      throw new IllegalStateException("Cannot browse the dead-letter queue", e);
    }
    return letters;
  }

  @Override
  public boolean replay(String messageId) {
    if (messageId == null || !MESSAGE_ID.matcher(messageId).matches()) {
      return false;
    }
    try {
      return moveBack(messageId);
    } catch (JMSException e) {
      throw new IllegalStateException("Replay of " + messageId + " failed", e);
    }
  }

  private boolean moveBack(String messageId) throws JMSException {
    try (JMSConsumer consumer =
        jms.createConsumer(deadLetters, "JMSMessageID = '" + messageId + "'")) {
      Message message = consumer.receive(2000);
      Queue target = message == null ? null : origin(message);
      if (target == null || !(message instanceof MapMessage map)) {
        // nothing taken: a message received here but not ours goes back when this rolls back
        if (message != null) {
          throw new IllegalStateException("Not a notice message: " + messageId);
        }
        return false;
      }
      jms.createProducer().send(target, NoticeMessages.copy(jms, map));
      return true;
    }
  }

  private Queue origin(Message message) throws JMSException {
    String address = message.getStringProperty(ORIGINAL_ADDRESS);
    if (address == null) {
      return null;
    }
    if (address.endsWith("ApprovalNoticeQueue")) {
      return approvalQueue;
    }
    return address.endsWith("CompletionNoticeQueue") ? completionQueue : null;
  }

  private static DeadLetter describe(Message message) throws JMSException {
    MapMessage map = message instanceof MapMessage m ? m : null;
    return new DeadLetter(
        message.getJMSMessageID(),
        message.getStringProperty(ORIGINAL_ADDRESS),
        map == null ? null : map.getString(NoticeMessages.KEY),
        map == null ? null : map.getString(NoticeMessages.KIND),
        map == null ? null : map.getString(NoticeMessages.REQUEST_NUMBER),
        Instant.ofEpochMilli(message.getJMSTimestamp()));
  }
}
