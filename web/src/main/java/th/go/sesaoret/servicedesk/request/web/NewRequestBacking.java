package th.go.sesaoret.servicedesk.request.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.request.application.NewAttachment;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.request.application.RequestSubmission;
import th.go.sesaoret.servicedesk.request.domain.AttachmentPolicy;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.web.Messages;

/**
 * The generic request form (requests/new.xhtml): the requester files for themselves, the clerk for
 * a walk-in requester by user name. Each service's own form will replace it.
 */
@Named
@ViewScoped
public class NewRequestBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The form's limits are the DOCUMENTS policy's; the server checks each file by its content. */
  static final AttachmentPolicy POLICY = AttachmentPolicy.DOCUMENTS;

  static final int MAX_FILES = POLICY.maxFiles();
  static final long MAX_BYTES = POLICY.maxBytes();
  static final int MAX_MEGABYTES = (int) (MAX_BYTES / 1024 / 1024);

  @EJB private RequestSubmission submission;

  private ServiceCode service = ServiceCode.REPAIR;
  private String title;
  private String description;
  private String requesterUsername;
  private transient UploadedFiles files;

  /** Files the request, then shows its page with the new running number. */
  public String submit() {
    List<NewAttachment> attachments = attachments();
    if (attachments == null) {
      return null;
    }
    try {
      RequestState filed =
          isFilingForOthers()
              ? submission.submitFor(
                  requesterUsername, service, title, description, attachments, Callers.ip())
              : submission.submit(service, title, description, attachments, Callers.ip());
      Messages.info("request.web.submitted", filed.number());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/requests/view?faces-redirect=true&id=" + filed.id();
    } catch (BusinessException e) {
      Messages.error(e);
      return null;
    }
  }

  /** The uploaded files as the service takes them; null (with a message) when over the limits. */
  private List<NewAttachment> attachments() {
    List<NewAttachment> out = new ArrayList<>();
    List<UploadedFile> chosen = files == null ? List.of() : files.getFiles();
    for (UploadedFile f : chosen) {
      if (f.getFileName() == null || f.getFileName().isBlank() || f.getSize() == 0) {
        continue; // the empty part a browser sends when no file was chosen
      }
      if (f.getSize() > MAX_BYTES) {
        Messages.error("request.web.attachments.tooLarge", f.getFileName(), MAX_MEGABYTES);
        return null;
      }
      out.add(new NewAttachment(f.getFileName(), f.getContentType(), f.getContent()));
    }
    if (out.size() > MAX_FILES) {
      Messages.error("request.web.attachments.tooMany", MAX_FILES);
      return null;
    }
    return out;
  }

  /** A clerk files for someone else; a clerk who is also a requester may leave the name empty. */
  public boolean isFilingForOthers() {
    return isClerk()
        && (!Callers.hasRole(Role.REQUESTER_NAME)
            || (requesterUsername != null && !requesterUsername.isBlank()));
  }

  public boolean isClerk() {
    return Callers.hasRole(Role.CLERK_NAME);
  }

  public boolean isRequesterNameRequired() {
    return isClerk() && !Callers.hasRole(Role.REQUESTER_NAME);
  }

  /** The services filed on this general form (the repair service has its own). */
  public ServiceCode[] getServices() {
    return Arrays.stream(ServiceCode.values())
        .filter(s -> !s.hasOwnForm())
        .toArray(ServiceCode[]::new);
  }

  public int getMaxFiles() {
    return MAX_FILES;
  }

  public int getMaxMegabytes() {
    return MAX_MEGABYTES;
  }

  public long getMaxBytes() {
    return MAX_BYTES;
  }

  /** For the file dialog's filter ({@code accept}), a convenience only: the server decides. */
  public String getAccept() {
    return POLICY.extensions().stream().map(e -> "." + e).collect(Collectors.joining(","));
  }

  /** The extensions shown in the hint under the upload field. */
  public String getAcceptedTypes() {
    return POLICY.extensions().stream().map(e -> "." + e).collect(Collectors.joining(", "));
  }

  public ServiceCode getService() {
    return service;
  }

  public void setService(ServiceCode service) {
    this.service = service;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getRequesterUsername() {
    return requesterUsername;
  }

  public void setRequesterUsername(String requesterUsername) {
    this.requesterUsername = requesterUsername;
  }

  public UploadedFiles getFiles() {
    return files;
  }

  public void setFiles(UploadedFiles files) {
    this.files = files;
  }
}
