package th.go.sesaoret.servicedesk.conference.application;

import static th.go.sesaoret.servicedesk.security.domain.Role.GROUP_DIRECTOR_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.STAFF_NAME;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import th.go.sesaoret.servicedesk.conference.domain.Booking;
import th.go.sesaoret.servicedesk.conference.domain.ConferenceItem;
import th.go.sesaoret.servicedesk.conference.domain.ConferenceNotice;
import th.go.sesaoret.servicedesk.conference.domain.ConferenceSteps;
import th.go.sesaoret.servicedesk.repair.application.RepairFiling;
import th.go.sesaoret.servicedesk.repair.domain.EquipmentType;
import th.go.sesaoret.servicedesk.repair.domain.RepairForm;
import th.go.sesaoret.servicedesk.repair.domain.RepairKind;
import th.go.sesaoret.servicedesk.repair.domain.Urgency;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.request.application.RequestWork;
import th.go.sesaoret.servicedesk.request.domain.StepActing;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * The operator's checklist on the meeting's clock: set-up and test, the run, the post-check, each
 * completing its step (the next stays with the operator); the post-check completes the request and
 * the requester is asked to rate it. The ICT group director may fill in a part for the operator. A
 * problem found in the post-check files a repair request for the item in one click.
 */
@Stateless
@RolesAllowed({STAFF_NAME, GROUP_DIRECTOR_NAME})
public class ConferenceChecklist {
  private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

  @PersistenceContext private EntityManager em;
  @EJB private RequestWork work;
  @EJB private RepairFiling repairs;

  /** Set-up and test done (step 2). */
  public RequestState setUp(
      long requestId,
      Boolean camera,
      Boolean sound,
      Boolean farEnd,
      Boolean broadcastTest,
      String note,
      String ip) {
    return part(
        "CONFERENCE_SETUP",
        requestId,
        ConferenceSteps.SETUP,
        ip,
        b -> b.setUp(camera, sound, farEnd, broadcastTest, note));
  }

  /** The meeting ran (step 3): its actual times, the broadcast link, problems. */
  public RequestState ran(
      long requestId,
      Instant actualStart,
      Instant actualEnd,
      String broadcastLink,
      String problems,
      String ip) {
    return part(
        "CONFERENCE_RUN",
        requestId,
        ConferenceSteps.RUN,
        ip,
        b -> b.ran(actualStart, actualEnd, broadcastLink, problems));
  }

  /** The post-check done (step 4): the request completes, the requester is asked to rate it. */
  public RequestState checkedAfter(
      long requestId, Boolean equipmentBack, Boolean signalOk, String problems, String ip) {
    return part(
        "CONFERENCE_POSTCHECK",
        requestId,
        ConferenceSteps.POSTCHECK,
        ip,
        b -> b.checkedAfter(equipmentBack, signalOk, problems));
  }

  /**
   * A problem found with one of the meeting's items: a repair request for its asset number, filed
   * by the operator (as its requester, channel post-check) with the room as its place. {@code
   * phone} is the contact for the repair; blank takes the booking's contact phone.
   */
  @RolesAllowed(STAFF_NAME)
  public RequestState fileRepair(
      long requestId, long itemId, String problem, String phone, String ip) {
    RepairForm form = repairForm(requestId, itemId, problem, phone, ip);
    return repairs.fileFound(form, ip);
  }

  private RepairForm repairForm(
      long requestId, long itemId, String problem, String phone, String ip) {
    RepairForm[] form = new RepairForm[1];
    work.onRequest(
        "CONFERENCE_REPAIR",
        requestId,
        ip,
        (acting, order, who, out) -> {
          Booking b = booking(em, requestId);
          if (!b.isOperator(who.username())) {
            throw new BusinessException("conference.checklist.notOperator");
          }
          var post = acting.request().step(acting.order(ConferenceSteps.POSTCHECK));
          if (!post.isOpen() && post.finishedAt() == null) {
            throw new BusinessException("conference.checklist.repair.notYet");
          }
          ConferenceItem item = b.item(itemId);
          form[0] = repairFormOf(b, item, problem, phone);
          return "item " + item.id() + " " + item.assetNumber();
        });
    return form[0];
  }

  /** The repair form for {@code item} of booking {@code b}: the room's place, the problem. */
  static RepairForm repairFormOf(Booking b, ConferenceItem item, String problem, String phone) {
    return new RepairForm(
        RepairKind.HARDWARE,
        item.kind() == th.go.sesaoret.servicedesk.conference.domain.ItemKind.LAPTOP
            ? EquipmentType.NOTEBOOK
            : EquipmentType.CONFERENCE,
        item.assetNumber(),
        null,
        b.room().place(),
        b.room().name(),
        problem,
        Urgency.URGENT,
        phone == null || phone.isBlank() ? b.contactPhone() : phone);
  }

  private RequestState part(
      String action, long requestId, String stepKey, String ip, Consumer<Booking> rule) {
    return work.onRequest(
        action,
        requestId,
        ip,
        (acting, order, who, out) -> {
          Booking b = booking(em, requestId);
          if (b.operator() == null) {
            throw new BusinessException("conference.checklist.noOperator");
          }
          int step = current(acting, stepKey);
          if (!b.isOperator(who.username())) {
            if (!who.holds(Role.GROUP_DIRECTOR)) {
              throw new BusinessException("conference.checklist.notOperator");
            }
            // the group director fills in this part for the operator
            acting.assignOwn(stepKey, who.username());
          }
          rule.accept(b);
          acting.complete(step, who, null, b.operator());
          if (acting.request().status().isFinished()) {
            out.add(
                ConferenceEvents.to(
                    ConferenceNotice.CONFERENCE_DONE, b, acting.request().requester()));
          }
          return stepKey;
        });
  }

  /** The order of step {@code key}, refused unless it is the one running now. */
  private static int current(StepActing acting, String key) {
    int order = acting.order(key);
    var step = acting.request().step(order);
    if (step.finishedAt() != null) {
      throw new BusinessException("request.step.alreadyFinished", order);
    }
    if (!step.isOpen()) {
      throw new BusinessException("conference.checklist.notYet");
    }
    return order;
  }

  /** The booking of request {@code requestId}; unknown alike when there is none. */
  static Booking booking(EntityManager em, long requestId) {
    Booking b = em.find(Booking.class, requestId);
    if (b == null) {
      throw new BusinessException("conference.booking.notFound");
    }
    return b;
  }

  static String hm(Instant at, StepActing acting) {
    return at == null ? "" : HM.format(at.atZone(acting.calendar().officeHours().zone()));
  }
}
