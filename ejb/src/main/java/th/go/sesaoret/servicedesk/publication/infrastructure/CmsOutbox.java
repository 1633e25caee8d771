package th.go.sesaoret.servicedesk.publication.infrastructure;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Queue;
import java.util.logging.Level;
import java.util.logging.Logger;
import th.go.sesaoret.servicedesk.publication.application.PostPublished;
import th.go.sesaoret.servicedesk.publication.application.PostWithdrawn;

/**
 * Hands a post that went live, or left public view, to the connector's queue once the transaction
 * that did it has committed (nothing is sent for a rolled-back publication); only when a CMS is
 * configured ({@link CmsSettings}). The queue's listener ({@link CmsListener}) talks to the site,
 * and the queue retries while the site is down.
 */
@Stateless
@PermitAll
public class CmsOutbox {
  private static final Logger LOG = Logger.getLogger(CmsOutbox.class.getName());

  @Inject private JMSContext jms;

  @Resource(lookup = CmsQueue.NAME)
  private Queue queue;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) PostPublished event) {
    send(CmsQueue.PUBLISH, event.publicationId());
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void withdrawn(@Observes(during = TransactionPhase.AFTER_SUCCESS) PostWithdrawn event) {
    send(CmsQueue.WITHDRAW, event.publicationId());
  }

  private void send(String action, long publicationId) {
    if (CmsSettings.current().isEmpty()) {
      return;
    }
    try {
      MapMessage m = jms.createMapMessage();
      m.setString(CmsQueue.ACTION, action);
      m.setLong(CmsQueue.PUBLICATION, publicationId);
      jms.createProducer().send(queue, m);
    } catch (JMSException | RuntimeException e) {
      // the post is published here whatever the website does; a lost hand-over is logged loudly
      LOG.log(Level.SEVERE, "Post " + publicationId + " not queued for the website: " + action, e);
    }
  }
}
