package th.go.sesaoret.servicedesk.it;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import th.go.sesaoret.servicedesk.notification.domain.InboxEntry;
import th.go.sesaoret.servicedesk.notification.domain.OutboxMail;
import th.go.sesaoret.servicedesk.notification.domain.RequestNotice;
import th.go.sesaoret.servicedesk.notification.domain.StepHandled;
import th.go.sesaoret.servicedesk.security.domain.Role;

/** Plays the workflow's part in the notice tests: fires notices, and looks at what they became. */
@Stateless
@PermitAll
public class NoticeFixture {
  @Inject private Event<RequestNotice> notices;
  @Inject private JMSContext jms;

  @PersistenceContext(unitName = "servicedesk")
  private EntityManager em;

  @Resource(lookup = "java:/jms/queue/CompletionNoticeQueue")
  private Queue completionQueue;

  @Inject private Event<StepHandled> handled;

  /** Records, as the workflow does, that someone acted on what {@code notice} asks for. */
  public void handle(RequestNotice notice, String by, Role as) {
    handled.fire(
        new StepHandled(
            notice.requestId(),
            notice.stepOrder(),
            notice.round(),
            notice.kind().item(),
            by,
            as,
            java.time.Instant.now()));
  }

  /** Fires a notice inside this method's transaction, as the workflow does. */
  public void fire(RequestNotice notice) {
    notices.fire(notice);
  }

  public List<InboxEntry> inbox(String noticeKey) {
    return em.createQuery(
            "select e from InboxEntry e where e.noticeKey = :k order by e.recipient",
            InboxEntry.class)
        .setParameter("k", noticeKey)
        .getResultList();
  }

  /** Every inbox entry about step {@code step} of request {@code requestId}, by recipient. */
  public List<InboxEntry> inboxAbout(long requestId, int step) {
    return em.createQuery(
            "select e from InboxEntry e where e.requestId = :r and e.stepOrder = :s"
                + " order by e.recipient, e.id",
            InboxEntry.class)
        .setParameter("r", requestId)
        .setParameter("s", step)
        .getResultList();
  }

  public List<OutboxMail> outbox(String noticeKey) {
    return em.createQuery(
            "select m from OutboxMail m where m.noticeKey = :k order by m.recipient",
            OutboxMail.class)
        .setParameter("k", noticeKey)
        .getResultList();
  }

  /**
   * A notice message the listener cannot read (an unknown kind): it fails every attempt and ends in
   * the dead-letter queue, as a notice does while its cause is not fixed.
   */
  public String poison(RequestNotice notice) throws JMSException {
    MapMessage message = jms.createMapMessage();
    message.setString("noticeKey", notice.noticeKey());
    message.setString("kind", "NO_SUCH_KIND");
    message.setLong("requestId", notice.requestId());
    message.setString("requestNumber", notice.requestNumber());
    message.setInt("stepOrder", notice.stepOrder());
    message.setString("recipientUser", notice.recipientUser());
    jms.createProducer().send(completionQueue, message);
    return notice.noticeKey();
  }
}
