package th.go.sesaoret.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.notification.application.DeadLetter;
import th.go.sesaoret.servicedesk.notification.application.DeadLetterDesk;
import th.go.sesaoret.servicedesk.notification.application.Inbox;
import th.go.sesaoret.servicedesk.notification.application.InboxRow;
import th.go.sesaoret.servicedesk.notification.application.NoticeDelivery;
import th.go.sesaoret.servicedesk.notification.domain.InboxEntry;
import th.go.sesaoret.servicedesk.notification.domain.MailStatus;
import th.go.sesaoret.servicedesk.notification.domain.NoticeKind;
import th.go.sesaoret.servicedesk.notification.domain.OutboxMail;
import th.go.sesaoret.servicedesk.notification.domain.RequestNotice;
import th.go.sesaoret.servicedesk.notification.domain.WorkflowNotice;
import th.go.sesaoret.servicedesk.notification.infrastructure.MailOutbox;
import th.go.sesaoret.servicedesk.repair.application.RepairFiling;
import th.go.sesaoret.servicedesk.repair.application.RepairIntake;
import th.go.sesaoret.servicedesk.repair.domain.EquipmentType;
import th.go.sesaoret.servicedesk.repair.domain.RepairForm;
import th.go.sesaoret.servicedesk.repair.domain.RepairKind;
import th.go.sesaoret.servicedesk.repair.domain.Urgency;
import th.go.sesaoret.servicedesk.request.application.RequestQueries;
import th.go.sesaoret.servicedesk.request.application.RequestSubmission;
import th.go.sesaoret.servicedesk.request.application.StepActions;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * Notices on the real server: the workflow's event goes through the JMS queues to inbox entries and
 * a Thai e-mail that a real SMTP server (GreenMail, started inside the test server on the port the
 * server's mail session reads from SMTP_PORT) receives exactly once. A request on the general form
 * is of {@link GeneralServiceFixture}'s test service (the manual's services have forms of their
 * own).
 */
@ExtendWith(ArquillianExtension.class)
class NoticeIT {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final AtomicLong REQUEST_IDS =
      new AtomicLong(System.currentTimeMillis() % 1_000_000);
  private static GreenMail smtp;

  @Deployment
  static EnterpriseArchive deployment() throws URISyntaxException {
    File greenMail =
        new File(GreenMail.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return Deployments.withTestClasses(
        List.of(greenMail), NoticeIT.class, NoticeFixture.class, GeneralServiceFixture.class);
  }

  @Inject NoticeFixture fixture;
  @Inject NoticeDelivery delivery;
  @Inject MailOutbox outbox;
  @Inject DeadLetterDesk deadLetters;
  @Inject AsAdmin admin;
  @Inject AsOtherRequester otherRequester;
  @Inject Inbox inbox;
  @Inject AsRequester requester;
  @Inject AsClerk clerk;
  @Inject AsDeputy deputy;
  @Inject AsDirector director;
  @Inject RepairFiling filing;
  @Inject RepairIntake intake;
  @Inject RequestSubmission submission;
  @Inject StepActions steps;
  @Inject RequestQueries queries;
  @Inject GeneralServiceFixture general;

  @BeforeEach
  void addTheGeneralService() {
    general.add();
  }

  @AfterEach
  void removeTheGeneralService() {
    general.remove();
  }

  /** Issue 8 finding 16: the clerk's bell stops counting a step once the clerk has acted on it. */
  @Test
  void theClerksUnreadCountDropsOnceTheClerksStepIsActedOn() throws Exception {
    long id = requester.call(() -> filing.file(printer(), List.of(), IP)).id();
    InboxEntry waiting = waitForEntries(id, 2, "clerk").get(0);
    assertEquals(WorkflowNotice.STEP_WAITING, waiting.kind());
    assertFalse(waiting.isHandled());
    long unread = clerk.call(inbox::unreadCount);

    clerk.call(() -> intake.register(id, IP));
    clerk.call(() -> intake.forward(id, Role.GROUP_DIRECTOR, null, IP));

    assertEquals(unread - 1, clerk.call(inbox::unreadCount));
    InboxEntry handled = fixture.inbox(waiting.noticeKey()).get(0);
    assertTrue(handled.isHandled());
    assertEquals("clerk", handled.handledBy());
    assertEquals(Role.CLERK, handled.handledAs());
    InboxRow row = row(clerk.call(() -> inbox.page(0, 100)), handled.id());
    assertTrue(row.isHandled() && row.isRead());
    assertEquals("นางสาวสมศรี รักงาน", row.handledByName(), "the full name, not the user name");
  }

  /**
   * Issue 8 finding 16: the director's notice about a step the deputy approved shows as handled by
   * the deputy; one that arrives after the approval is handled from the start and mails nobody.
   */
  @Test
  void theDirectorsNoticeOfAStepTheDeputyApprovedShowsAsHandledByTheDeputy() throws Exception {
    long id =
        requester
            .call(
                () ->
                    submission.submit(
                        ServiceCode.of(GeneralServiceFixture.CODE),
                        "ข่าวรับสมัครนักเรียน",
                        "หน้าข่าว",
                        List.of(),
                        IP))
            .id();
    List<InboxEntry> asked = waitForEntries(id, 3, "deputy", "director");
    assertTrue(asked.stream().allMatch(e -> e.kind() == WorkflowNotice.APPROVAL_NEEDED));
    long stepId =
        requester.call(() -> queries.request(id, Locale.ENGLISH, IP)).timeline().get(2).stepId();

    deputy.call(() -> steps.approve(stepId, "Dlict@2569".toCharArray(), null, IP));

    for (InboxEntry e : fixture.inboxAbout(id, 3)) {
      if (e.kind() == WorkflowNotice.APPROVAL_NEEDED) {
        assertTrue(e.isHandled(), e.recipient());
        assertEquals("deputy", e.handledBy());
        assertEquals(Role.DEPUTY_DIRECTOR, e.handledAs());
      }
    }
    long directorsEntry =
        asked.stream().filter(e -> e.recipient().equals("director")).findFirst().orElseThrow().id();
    InboxRow row = row(director.call(() -> inbox.page(0, 100)), directorsEntry);
    assertTrue(row.isHandled());
    assertEquals("นางวิไลวรรณ ศรีสุข", row.handledByName());
    assertEquals(Role.DEPUTY_DIRECTOR, row.handledAs());

    // the same step's notice still on its way when the deputy approved (e.g. an escalation)
    RequestNotice late =
        RequestNotice.toRole(
            WorkflowNotice.SLA_ESCALATION,
            id,
            asked.get(0).requestNumber(),
            3,
            1,
            Role.GROUP_DIRECTOR);
    assertTrue(delivery.deliver(late));
    List<InboxEntry> arrived = fixture.inbox(late.noticeKey());
    assertFalse(arrived.isEmpty());
    assertTrue(arrived.stream().allMatch(InboxEntry::isHandled));
    assertTrue(fixture.outbox(late.noticeKey()).isEmpty(), "nobody is mailed to do what is done");
  }

  private static InboxRow row(List<InboxRow> rows, long entryId) {
    return rows.stream().filter(r -> r.id() == entryId).findFirst().orElseThrow();
  }

  /** Waits until each of {@code recipients} has an entry about the step; returns theirs. */
  private List<InboxEntry> waitForEntries(long requestId, int step, String... recipients)
      throws InterruptedException {
    List<String> expected = List.of(recipients);
    long deadline = System.nanoTime() + WAIT.toNanos();
    List<InboxEntry> found = entriesOf(requestId, step, expected);
    while (found.size() < expected.size() && System.nanoTime() < deadline) {
      Thread.sleep(200);
      found = entriesOf(requestId, step, expected);
    }
    assertEquals(expected, found.stream().map(InboxEntry::recipient).toList());
    return found;
  }

  private List<InboxEntry> entriesOf(long requestId, int step, List<String> recipients) {
    return fixture.inboxAbout(requestId, step).stream()
        .filter(e -> recipients.contains(e.recipient()))
        .toList();
  }

  private static RepairForm printer() {
    return new RepairForm(
        RepairKind.HARDWARE,
        EquipmentType.PRINTER,
        "7440-001-0099/2565",
        "VNB3K99999",
        "อาคารอำนวยการ ชั้น 2",
        "ห้องกลุ่มบริหารงานบุคคล",
        "เครื่องพิมพ์ไม่ดึงกระดาษ",
        Urgency.NORMAL,
        "081-234-5678");
  }

  private static final String IP = "192.0.2.26";

  @Test
  void aNoticeToAUserReachesTheInboxAndOneThaiMail() throws Exception {
    startSmtp();
    RequestNotice notice = toRequester(WorkflowNotice.APPROVED);

    fixture.fire(notice);

    List<InboxEntry> entries = waitFor(() -> fixture.inbox(notice.noticeKey()), 1);
    assertEquals("requester", entries.get(0).recipient());
    assertEquals(WorkflowNotice.APPROVED, entries.get(0).kind());
    assertEquals(notice.requestNumber(), entries.get(0).requestNumber());
    assertFalse(entries.get(0).isRead());
    outbox.flush();
    MimeMessage mail = waitFor(() -> mailsAbout(notice), 1).get(0);
    assertEquals(
        "[DLICT Service Desk] คำขอเลขที่ "
            + notice.requestNumber()
            + ": คำขอเลขที่ "
            + notice.requestNumber()
            + " ของท่านได้รับการอนุมัติแล้ว (ขั้นตอนที่ 2)",
        mail.getSubject());
    assertEquals("requester@example.go.th", mail.getAllRecipients()[0].toString());
    assertEquals("DLICT Service Desk", ((InternetAddress) mail.getFrom()[0]).getPersonal());
    String body = (String) mail.getContent();
    assertTrue(
        body.contains("http://localhost:8080/requests/view.xhtml?id=" + notice.requestId()), body);
  }

  @Test
  void theInboxServesOnlyTheCallersOwnEntries() throws Exception {
    RequestNotice notice = toRequester(WorkflowNotice.STEP_WAITING);
    fixture.fire(notice);
    long entryId = waitFor(() -> fixture.inbox(notice.noticeKey()), 1).get(0).id();

    // another REQUESTER ("somchai") sees none of it and cannot mark it
    assertTrue(
        otherRequester.call(() -> inbox.page(0, 100)).stream().noneMatch(e -> e.id() == entryId));
    var refused =
        assertThrows(
            BusinessException.class,
            () ->
                otherRequester.call(
                    () -> {
                      inbox.markRead(entryId);
                      return null;
                    }));
    assertEquals("notification.inbox.notYours", refused.key());
    assertFalse(fixture.inbox(notice.noticeKey()).get(0).isRead());
    assertThrows(EJBAccessException.class, () -> inbox.unreadCount(), "anonymous is refused");
  }

  @Test
  void aNoticeToTheGroupDirectorAlsoReachesTheDirector() throws Exception {
    startSmtp();
    long id = REQUEST_IDS.incrementAndGet();
    RequestNotice notice =
        RequestNotice.toRole(
            WorkflowNotice.APPROVAL_NEEDED, id, "ซ." + id + "/2569", 3, 1, Role.GROUP_DIRECTOR);

    fixture.fire(notice);

    List<InboxEntry> entries = waitFor(() -> fixture.inbox(notice.noticeKey()), 2);
    assertEquals(
        List.of("director", "groupdirector"), entries.stream().map(InboxEntry::recipient).toList());
    outbox.flush();
    // a send that found the SMTP server still starting waits for its next attempt, a minute
    // away: ask for it now while waiting (the count must still come out exactly two)
    List<MimeMessage> mails =
        waitFor(
            () -> {
              if (mailsAbout(notice).size() < 2) {
                retryWaitingMail();
              }
              return mailsAbout(notice);
            },
            2);
    assertTrue(mails.get(0).getSubject().contains("รอการพิจารณาอนุมัติจากท่าน"));
  }

  @Test
  void aRedeliveredNoticeMakesNoSecondEntryOrMail() throws Exception {
    startSmtp();
    RequestNotice notice = toRequester(WorkflowNotice.RETURNED);

    fixture.fire(notice);
    waitFor(() -> fixture.inbox(notice.noticeKey()), 1);
    fixture.fire(notice);
    assertFalse(delivery.deliver(notice), "the key was delivered already");
    outbox.flush();
    waitFor(() -> mailsAbout(notice), 1);
    Thread.sleep(2000); // give the second message time to (not) arrive
    outbox.flush();

    assertEquals(1, fixture.inbox(notice.noticeKey()).size());
    assertEquals(1, fixture.outbox(notice.noticeKey()).size());
    assertEquals(1, mailsAbout(notice).size());
  }

  @Test
  void mailWaitsWhileSmtpIsDownAndGoesOutOnceWhenItReturns() throws Exception {
    stopSmtp();
    RequestNotice notice = toRequester(WorkflowNotice.REQUEST_COMPLETED);

    fixture.fire(notice);
    waitFor(() -> fixture.inbox(notice.noticeKey()), 1);
    outbox.flush();
    OutboxMail waiting = fixture.outbox(notice.noticeKey()).get(0);
    assertEquals(MailStatus.PENDING, waiting.status());
    assertTrue(waiting.attempts() >= 1, "one failed attempt");
    assertTrue(waiting.lastError() != null && !waiting.lastError().isEmpty());

    startSmtp();
    admin.call(outbox::retryNow);
    outbox.flush();

    assertEquals(1, waitFor(() -> mailsAbout(notice), 1).size());
    assertEquals(MailStatus.SENT, fixture.outbox(notice.noticeKey()).get(0).status());
    admin.call(outbox::retryNow);
    assertEquals(1, mailsAbout(notice).size(), "a sent mail is not sent again");
  }

  @Test
  void aNoticeThatFailsEveryAttemptEndsInTheDeadLettersAndCanBeReplayed() throws Exception {
    RequestNotice notice = toRequester(WorkflowNotice.STEP_COMPLETED);
    fixture.poison(notice);

    DeadLetter letter = waitFor(() -> deadLettersAbout(notice), 1).get(0);
    assertEquals("jms.queue.CompletionNoticeQueue", letter.originalAddress());
    assertEquals(notice.requestNumber(), letter.requestNumber());
    assertTrue(fixture.inbox(notice.noticeKey()).isEmpty());

    assertTrue(admin.call(() -> deadLetters.replay(letter.messageId())));

    // back on its queue it fails again and returns as a new dead letter: moved, not copied
    DeadLetter again = waitFor(() -> deadLettersAbout(notice), 1).get(0);
    assertNotEquals(letter.messageId(), again.messageId());
    assertFalse(admin.call(() -> deadLetters.replay(letter.messageId())), "gone from the DLQ");
    assertThrows(EJBAccessException.class, () -> deadLetters.list());
  }

  private List<DeadLetter> deadLettersAbout(RequestNotice notice) {
    try {
      return admin.call(deadLetters::list).stream()
          .filter(l -> notice.noticeKey().equals(l.noticeKey()))
          .toList();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static RequestNotice toRequester(NoticeKind kind) {
    long id = REQUEST_IDS.incrementAndGet();
    return RequestNotice.toUser(kind, id, "ว." + id + "/2569", 2, 1, "requester");
  }

  private static List<MimeMessage> mailsAbout(RequestNotice notice) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> subject(m).contains(notice.requestNumber()))
        .toList();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      return "";
    }
  }

  /** Polls until the list has the expected size, then checks it stays exact. */
  private static <T> List<T> waitFor(Supplier<List<T>> rows, int expected)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    List<T> found = rows.get();
    while (found.size() < expected && System.nanoTime() < deadline) {
      Thread.sleep(200);
      found = rows.get();
    }
    assertEquals(expected, found.size(), "rows: " + found);
    return found;
  }

  private static synchronized void startSmtp() {
    if (smtp == null) {
      int port = Integer.parseInt(System.getenv().getOrDefault("SMTP_PORT", "3025"));
      smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      smtp.start();
      // on a loaded machine the server may take a moment to listen
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (System.nanoTime() < deadline) {
        try (var probe = new java.net.Socket("127.0.0.1", port)) {
          return;
        } catch (java.io.IOException notYet) {
          try {
            Thread.sleep(100);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }
    }
  }

  private void retryWaitingMail() {
    try {
      admin.call(
          () -> {
            outbox.retryNow();
            return null;
          });
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static synchronized void stopSmtp() {
    if (smtp != null) {
      smtp.stop();
      smtp = null;
    }
  }
}
