package th.go.sesaoret.servicedesk.repair.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.repair.domain.Channel;
import th.go.sesaoret.servicedesk.request.application.StepWording;

/**
 * Step 1 of a repair by the channel it came through: the manual says the form is filled in "at the
 * ICT room"; a form filed online reads "online" on its timeline (bundle {@code repair_th/_en}, key
 * {@code repair.step1.<channel>}; a channel without a key keeps the manual's words).
 */
@ApplicationScoped
public class RepairStepWording implements StepWording {
  static final int FORM = 1;
  private static final String BUNDLE = "repair";

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<String> name(long requestId, ServiceCode service, int stepOrder, Locale locale) {
    if (service != ServiceCode.REPAIR || stepOrder != FORM) {
      return Optional.empty();
    }
    return em.createQuery(
            "select j.intake.channel from RepairJob j where j.id = :id", Channel.class)
        .setParameter("id", requestId)
        .getResultStream()
        .findFirst()
        .flatMap(channel -> formStep(channel, locale));
  }

  /** The form step's words for a channel, or empty where the manual's fit. */
  static Optional<String> formStep(Channel channel, Locale locale) {
    Locale language =
        locale != null && "en".equals(locale.getLanguage())
            ? Locale.ENGLISH
            : Locale.forLanguageTag("th");
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            language,
            RepairStepWording.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    String key = "repair.step1." + channel.name();
    return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
  }
}
