package th.go.sesaoret.servicedesk.repair.application;

import static th.go.sesaoret.servicedesk.security.domain.Role.CLERK_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.REQUESTER_NAME;
import static th.go.sesaoret.servicedesk.security.domain.Role.STAFF_NAME;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import th.go.sesaoret.servicedesk.attachment.domain.Upload;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.repair.domain.Channel;
import th.go.sesaoret.servicedesk.repair.domain.RepairAttachments;
import th.go.sesaoret.servicedesk.repair.domain.RepairForm;
import th.go.sesaoret.servicedesk.repair.domain.RepairJob;
import th.go.sesaoret.servicedesk.request.application.Notices;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.request.application.RequestSubmission;
import th.go.sesaoret.servicedesk.request.application.RequestWork;
import th.go.sesaoret.servicedesk.request.domain.StepInstance;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * Step 1 of the repair service: the repair form, filed online by the requester or at the ICT room
 * by the clerk for a walk-in requester (the request records which), with up to five photos or files
 * checked by their content ({@link RepairAttachments#POLICY}); and its correction when the clerk or
 * the approver sends it back; and a fault DLICT staff found themselves (a video-conference
 * post-check), filed by them ({@link #fileFound}).
 */
@Stateless
@RolesAllowed({REQUESTER_NAME, CLERK_NAME})
public class RepairFiling {
  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private RequestSubmission submission;
  @EJB private RequestWork work;

  @RolesAllowed(REQUESTER_NAME)
  public RequestState file(RepairForm form, List<Upload> files, String sourceIp) {
    return file(null, form, files, sourceIp, Channel.ONLINE);
  }

  /** The clerk types in the paper form of a walk-in requester, who must have an account. */
  @RolesAllowed(CLERK_NAME)
  public RequestState fileFor(
      String requesterUsername, RepairForm form, List<Upload> files, String sourceIp) {
    if (requesterUsername == null || requesterUsername.isBlank()) {
      throw new BusinessException("request.web.requesterUsername.required");
    }
    return file(requesterUsername, form, files, sourceIp, Channel.ICT_ROOM);
  }

  /**
   * DLICT staff report a fault they found themselves (a video-conference post-check): filed with
   * the staff member as its requester, channel {@link Channel#POST_CHECK}.
   */
  @RolesAllowed(STAFF_NAME)
  public RequestState fileFound(RepairForm form, String sourceIp) {
    return file(caller(), form, List.of(), sourceIp, Channel.POST_CHECK);
  }

  /** The requester's corrected form while the request is back with them. */
  @RolesAllowed(REQUESTER_NAME)
  public RequestState correct(long requestId, RepairForm form, String sourceIp) {
    required(form);
    return work.onRequest(
        "REPAIR_CORRECT",
        requestId,
        sourceIp,
        (acting, order, who, out) -> {
          StepInstance back = RepairJobs.of(em, acting).correct(acting, who, form);
          out.addAll(Notices.next(back.request()));
          return "from step " + back.order() + " round " + back.round();
        });
  }

  private RequestState file(
      String walkIn, RepairForm form, List<Upload> files, String ip, Channel channel) {
    required(form);
    return submission.fileWith(
        walkIn,
        ServiceCode.REPAIR,
        () ->
            RequestSubmission.content(
                form.title(), form.symptom(), files, RepairAttachments.POLICY),
        ip,
        filed -> em.persist(RepairJob.describe(filed, form, channel)));
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }

  private static void required(RepairForm form) {
    if (form == null) {
      throw new BusinessException("repair.form.required");
    }
  }
}
