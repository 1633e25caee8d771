package th.go.sesaoret.servicedesk.repair.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import th.go.sesaoret.servicedesk.attachment.domain.AttachmentPolicy;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;
import th.go.sesaoret.servicedesk.repair.domain.Channel;
import th.go.sesaoret.servicedesk.repair.domain.RepairAttachments;
import th.go.sesaoret.servicedesk.repair.domain.RepairJob;
import th.go.sesaoret.servicedesk.request.application.ServicePlugin;

/**
 * The repair service in the request engine: filed on the repair form ({@link RepairFiling}) with
 * its photos ({@link RepairAttachments#POLICY}); intake, order, work and report act through its own
 * actions and panel; the form step reads by the channel it came through: the manual says the form
 * is filled in "at the ICT room", a form filed online reads "online" (bundle {@code repair_th/_en},
 * key {@code repair.step1.<channel>}; a channel without a key keeps the manual's words).
 */
@ApplicationScoped
public class RepairService implements ServicePlugin {
  private static final Set<String> OWN_STEPS =
      Set.of(RepairJob.INTAKE, RepairJob.APPROVAL, RepairJob.REPAIR, RepairJob.REPORT);
  private static final String BUNDLE = "repair";

  @PersistenceContext private EntityManager em;

  @Override
  public ServiceCode service() {
    return ServiceCode.REPAIR;
  }

  @Override
  public boolean ownForm() {
    return true;
  }

  /**
   * DLICT staff file a fault they found themselves ({@link RepairFiling#fileFound}, as its
   * requester): the engine lets them name the requester for this service.
   */
  @Override
  public boolean staffMayFileFor() {
    return true;
  }

  @Override
  public AttachmentPolicy attachments() {
    return RepairAttachments.POLICY;
  }

  @Override
  public boolean ownActions(String stepKey) {
    return OWN_STEPS.contains(stepKey);
  }

  @Override
  public Optional<String> stepName(long requestId, String stepKey, Locale locale) {
    if (!RepairJob.FORM.equals(stepKey)) {
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
            RepairService.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    String key = "repair.step1." + channel.name();
    return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
  }
}
