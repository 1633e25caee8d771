package th.go.sesaoret.servicedesk.notification.infrastructure;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import th.go.sesaoret.servicedesk.notification.application.NoticeDelivery;
import th.go.sesaoret.servicedesk.notification.application.NoticeKinds;

/**
 * Turns messages of the approval queue into inbox entries and mail. A failure is rethrown so the
 * transaction rolls back and Artemis redelivers (messaging.cli: delay, attempts, then the DLQ).
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = NoticeQueues.APPROVAL),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue")
    })
public class ApprovalNoticeListener implements MessageListener {
  @EJB private NoticeDelivery delivery;
  @Inject private NoticeKinds kinds;

  @Override
  public void onMessage(Message message) {
    try {
      delivery.deliver(NoticeMessages.read(message, kinds));
    } catch (JMSException e) {
      throw new IllegalStateException("Unreadable notice message", e);
    }
  }
}
