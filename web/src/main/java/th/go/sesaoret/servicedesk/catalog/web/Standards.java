package th.go.sesaoret.servicedesk.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.go.sesaoret.servicedesk.catalog.application.StandardWords;
import th.go.sesaoret.servicedesk.catalog.domain.TimeStandard;
import th.go.sesaoret.servicedesk.shared.web.LocaleBacking;

/** Time standards in the page's language, worded as the manual page words them. */
@Named
@RequestScoped
public class Standards {
  @Inject private LocaleBacking locale;

  public String of(TimeStandard standard) {
    return standard == null ? "" : StandardWords.of(locale.getLocale()).standard(standard);
  }
}
