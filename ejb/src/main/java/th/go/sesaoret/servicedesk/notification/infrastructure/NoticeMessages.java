package th.go.sesaoret.servicedesk.notification.infrastructure;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import java.util.Collections;
import th.go.sesaoret.servicedesk.notification.application.NoticeKinds;
import th.go.sesaoret.servicedesk.notification.domain.RequestNotice;
import th.go.sesaoret.servicedesk.security.domain.Role;

/**
 * A notice as a small map message of ids and names (the kind by its name, whichever service
 * declares it): no serialized objects cross the broker, so a message stays readable in the
 * dead-letter queue and across versions.
 */
final class NoticeMessages {
  static final String KEY = "noticeKey";
  static final String KIND = "kind";
  static final String REQUEST_ID = "requestId";
  static final String REQUEST_NUMBER = "requestNumber";
  static final String STEP_ORDER = "stepOrder";
  static final String ROUND = "round";
  static final String USER = "recipientUser";
  static final String ROLE = "recipientRole";

  private NoticeMessages() {}

  static MapMessage write(JMSContext jms, RequestNotice notice) throws JMSException {
    MapMessage message = jms.createMapMessage();
    message.setString(KEY, notice.noticeKey());
    message.setString(KIND, notice.kind().name());
    message.setLong(REQUEST_ID, notice.requestId());
    message.setString(REQUEST_NUMBER, notice.requestNumber());
    message.setInt(STEP_ORDER, notice.stepOrder());
    message.setInt(ROUND, notice.round());
    message.setString(USER, notice.recipientUser());
    message.setString(ROLE, notice.recipientRole() == null ? null : notice.recipientRole().name());
    return message;
  }

  /** The notice a message carries; a kind that no service declares is refused. */
  static RequestNotice read(Message message, NoticeKinds kinds) throws JMSException {
    if (!(message instanceof MapMessage map)) {
      throw new JMSException("not a notice: " + message.getJMSMessageID());
    }
    String role = map.getString(ROLE);
    return new RequestNotice(
        map.getString(KEY),
        kinds.of(map.getString(KIND)),
        map.getLong(REQUEST_ID),
        map.getString(REQUEST_NUMBER),
        map.getInt(STEP_ORDER),
        map.itemExists(ROUND) ? map.getInt(ROUND) : 0,
        map.getString(USER),
        role == null ? null : Role.valueOf(role));
  }

  /** A fresh copy of a map message, for sending it again (replay from the dead-letter queue). */
  static MapMessage copy(JMSContext jms, MapMessage original) throws JMSException {
    MapMessage copy = jms.createMapMessage();
    for (Object name : Collections.list(original.getMapNames())) {
      copy.setObject((String) name, original.getObject((String) name));
    }
    return copy;
  }
}
