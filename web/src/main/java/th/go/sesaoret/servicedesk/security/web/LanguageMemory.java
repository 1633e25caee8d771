package th.go.sesaoret.servicedesk.security.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import th.go.sesaoret.servicedesk.security.application.Profile;
import th.go.sesaoret.servicedesk.shared.web.LanguageChosen;

/** Remembers the language a signed-in person chose on their account (notices and e-mail follow). */
@ApplicationScoped
public class LanguageMemory {
  @EJB private Profile profile;

  void remember(@Observes LanguageChosen chosen) {
    profile.preferLanguage(chosen.language());
  }
}
