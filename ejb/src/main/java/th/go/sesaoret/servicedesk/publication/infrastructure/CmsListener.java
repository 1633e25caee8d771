package th.go.sesaoret.servicedesk.publication.infrastructure;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Takes the connector's queue one message at a time (a post's publication and its withdrawal in
 * order) to {@link CmsPush}. A failure (the site down, a refusal) is rethrown: the transaction
 * rolls back and Artemis redelivers after a delay that doubles (messaging.cli), then moves the
 * message to the DLQ, where the administrator sees it and can replay it.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = CmsQueue.NAME),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
    })
public class CmsListener implements MessageListener {
  @EJB private CmsPush push;

  @Override
  public void onMessage(Message message) {
    try {
      MapMessage m = (MapMessage) message;
      long id = m.getLong(CmsQueue.PUBLICATION);
      if (CmsQueue.WITHDRAW.equals(m.getString(CmsQueue.ACTION))) {
        push.withdraw(id);
      } else {
        push.publish(id);
      }
    } catch (JMSException | ClassCastException e) {
      throw new IllegalStateException("Unreadable connector message", e);
    }
  }
}
