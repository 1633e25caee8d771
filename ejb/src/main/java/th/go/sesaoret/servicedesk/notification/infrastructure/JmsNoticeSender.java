package th.go.sesaoret.servicedesk.notification.infrastructure;

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
import jakarta.jms.Queue;
import java.util.logging.Level;
import java.util.logging.Logger;
import th.go.sesaoret.servicedesk.notification.domain.NoticeKind;
import th.go.sesaoret.servicedesk.notification.domain.RequestNotice;

/**
 * Sends each notice the workflow fires to its queue, but only once the workflow's transaction has
 * committed: a rolled-back action notifies nobody. The send needs a transaction of its own, since
 * the workflow's is finished by then.
 */
@Stateless
@PermitAll
public class JmsNoticeSender {
  private static final Logger LOG = Logger.getLogger(JmsNoticeSender.class.getName());

  @Inject private JMSContext jms;

  @Resource(lookup = NoticeQueues.APPROVAL)
  private Queue approvalQueue;

  @Resource(lookup = NoticeQueues.COMPLETION)
  private Queue completionQueue;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequestNotice notice) {
    Queue queue =
        notice.kind().queue() == NoticeKind.Queue.APPROVAL ? approvalQueue : completionQueue;
    try {
      jms.createProducer().send(queue, NoticeMessages.write(jms, notice));
    } catch (JMSException | RuntimeException e) {
      // the workflow has committed and its action stands; an observer after commit cannot undo
      // it, so the lost notice is logged loudly for the administrator
      LOG.log(Level.SEVERE, "Notice not queued: " + notice.noticeKey(), e);
    }
  }
}
