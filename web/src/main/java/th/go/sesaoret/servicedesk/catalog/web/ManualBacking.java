package th.go.sesaoret.servicedesk.catalog.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import th.go.sesaoret.servicedesk.catalog.application.ServiceCatalog;
import th.go.sesaoret.servicedesk.catalog.application.ServiceManual;
import th.go.sesaoret.servicedesk.shared.web.LocaleBacking;
import th.go.sesaoret.servicedesk.shared.web.Messages;

/** The public service manual (คู่มือการให้บริการ): no sign-in needed. */
@Named
@RequestScoped
public class ManualBacking {
  @EJB private ServiceCatalog catalog;
  @Inject private LocaleBacking locale;

  private List<ServiceManual> services;
  private boolean signedOut;

  public void init() {
    if (signedOut) {
      Messages.info("security.signedOut");
    }
  }

  public List<ServiceManual> getServices() {
    if (services == null) {
      services = catalog.manual(locale.getLocale());
    }
    return services;
  }

  public boolean isSignedOut() {
    return signedOut;
  }

  public void setSignedOut(boolean signedOut) {
    this.signedOut = signedOut;
  }
}
