package th.go.sesaoret.servicedesk.request.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFiles;
import th.go.sesaoret.servicedesk.attachment.domain.AttachmentPolicy;
import th.go.sesaoret.servicedesk.attachment.domain.Upload;
import th.go.sesaoret.servicedesk.attachment.web.Uploads;
import th.go.sesaoret.servicedesk.catalog.application.ServiceCatalog;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.request.application.RequestState;
import th.go.sesaoret.servicedesk.request.application.RequestSubmission;
import th.go.sesaoret.servicedesk.request.application.ServicePlugins;
import th.go.sesaoret.servicedesk.security.domain.Role;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.web.Callers;
import th.go.sesaoret.servicedesk.shared.web.Messages;

/**
 * The generic request form (requests/new.xhtml): the requester files for themselves, the clerk for
 * a walk-in requester by user name, for the services that have no form of their own.
 */
@Named
@ViewScoped
public class NewRequestBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The form's limits are the DOCUMENTS policy's; the service checks each file by its content. */
  private static final Uploads UPLOADS = new Uploads(AttachmentPolicy.DOCUMENTS);

  @EJB private RequestSubmission submission;
  @EJB private ServiceCatalog catalog;
  @Inject private ServicePlugins plugins;

  private List<ServiceCode> services;
  private ServiceCode service;
  private String title;
  private String description;
  private String requesterUsername;
  private transient UploadedFiles files;

  /** The catalog's services filed on this form; the first of them is chosen. */
  @PostConstruct
  void offer() {
    services = catalog.services().stream().filter(s -> !plugins.of(s).ownForm()).toList();
    service = services.isEmpty() ? null : services.get(0);
  }

  /** Files the request, then shows its page with the new running number. */
  public String submit() {
    try {
      List<Upload> attachments = UPLOADS.of(files);
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

  /** The services filed on this general form (the others have a form of their own). */
  public List<ServiceCode> getServices() {
    return services;
  }

  public Uploads getUploads() {
    return UPLOADS;
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
