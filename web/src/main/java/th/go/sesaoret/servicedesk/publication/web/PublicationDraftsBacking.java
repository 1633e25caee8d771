package th.go.sesaoret.servicedesk.publication.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import th.go.sesaoret.servicedesk.publication.application.DraftRow;
import th.go.sesaoret.servicedesk.publication.application.PublicationDrafts;
import th.go.sesaoret.servicedesk.shared.web.PagedModel;

/** "My drafts" (/publication/drafts.xhtml): the caller's posts not submitted yet, paged. */
@Named
@ViewScoped
public class PublicationDraftsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private PublicationDrafts drafts;

  private PagedModel<DraftRow> model;

  public PagedModel<DraftRow> getDrafts() {
    if (model == null) {
      PublicationDrafts service = drafts;
      model =
          new PagedModel<>(
              filter -> service.countMyDrafts(),
              (filter, first, size) -> service.myDrafts(first, size),
              DraftRow::id);
    }
    return model;
  }
}
