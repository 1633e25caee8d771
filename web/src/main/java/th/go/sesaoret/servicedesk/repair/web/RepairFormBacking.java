package th.go.sesaoret.servicedesk.repair.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFiles;
import th.go.sesaoret.servicedesk.attachment.domain.Upload;
import th.go.sesaoret.servicedesk.attachment.web.Uploads;
import th.go.sesaoret.servicedesk.repair.application.RepairFiling;
import th.go.sesaoret.servicedesk.repair.application.RepairQueries;
import th.go.sesaoret.servicedesk.repair.application.RepairView;
import th.go.sesaoret.servicedesk.repair.domain.EquipmentType;
import th.go.sesaoret.servicedesk.repair.domain.RepairAttachments;
import th.go.sesaoret.servicedesk.repair.domain.RepairForm;
import th.go.sesaoret.servicedesk.repair.domain.RepairKind;
import th.go.sesaoret.servicedesk.repair.domain.Urgency;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.web.Callers;
import th.go.sesaoret.servicedesk.shared.web.LocaleBacking;
import th.go.sesaoret.servicedesk.shared.web.Messages;

/**
 * The repair form (repairs/new.xhtml): the requester files online, the clerk types in the paper
 * form of a walk-in at the ICT room, and {@code ?correct=N} lets the requester correct a returned
 * repair. A refusal keeps everything typed (files must be chosen again).
 */
@Named
@ViewScoped
public class RepairFormBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Uploads UPLOADS = new Uploads(RepairAttachments.POLICY);

  @EJB private RepairFiling filing;
  @EJB private RepairQueries queries;
  @Inject private LocaleBacking locale;

  private String correct;
  private Long correctId;
  private String correctNumber;
  private String requesterUsername;
  private RepairFormInput form = new RepairFormInput();
  private transient UploadedFiles files;

  /** The view action: with {@code ?correct=N}, the returned repair's fields to correct. */
  public void load() {
    if (correct == null || correct.isBlank() || correctId != null) {
      return;
    }
    try {
      RepairView v = queries.job(parsed(correct), locale.getLocale(), Callers.ip());
      correctId = v.requestId();
      correctNumber = v.number();
      form = RepairFormInput.of(v);
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  /** Files (or corrects) the repair, then shows its page with the running number. */
  public String submit() {
    try {
      RepairForm form = this.form.form();
      RequestState done;
      String key;
      if (correctId != null) {
        done = filing.correct(correctId, form, Callers.ip());
        key = "repair.web.corrected";
      } else {
        List<Upload> attachments = UPLOADS.of(files);
        done =
            isClerk()
                ? filing.fileFor(requesterUsername, form, attachments, Callers.ip())
                : filing.file(form, attachments, Callers.ip());
        key = "repair.web.filed";
      }
      Messages.info(key, done.number());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/requests/view?faces-redirect=true&id=" + done.id();
    } catch (BusinessException e) {
      Messages.error(e);
      return null;
    }
  }

  private static long parsed(String id) {
    try {
      return Long.parseLong(id.strip());
    } catch (NumberFormatException e) {
      throw new BusinessException("request.notFound");
    }
  }

  /** The clerk files for a walk-in requester (a clerk who is also a requester files online). */
  public boolean isClerk() {
    return Callers.hasRole(Role.CLERK_NAME) && !Callers.hasRole(Role.REQUESTER_NAME);
  }

  public boolean isCorrecting() {
    return correctId != null;
  }

  public RepairKind[] getKinds() {
    return RepairKind.values();
  }

  public EquipmentType[] getEquipmentTypes() {
    return EquipmentType.values();
  }

  public Urgency[] getUrgencies() {
    return Urgency.values();
  }

  public Uploads getUploads() {
    return UPLOADS;
  }

  public String getCorrect() {
    return correct;
  }

  public void setCorrect(String correct) {
    this.correct = correct;
  }

  public String getCorrectNumber() {
    return correctNumber;
  }

  public String getRequesterUsername() {
    return requesterUsername;
  }

  public void setRequesterUsername(String requesterUsername) {
    this.requesterUsername = requesterUsername;
  }

  public RepairFormInput getForm() {
    return form;
  }

  public UploadedFiles getFiles() {
    return files;
  }

  public void setFiles(UploadedFiles files) {
    this.files = files;
  }
}
