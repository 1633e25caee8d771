package th.go.sesaoret.servicedesk.request.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.attachment.domain.AttachmentPolicy;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;

/** The registry answers each service with its plug-in, or with the engine's defaults. */
class ServicePluginsTest {
  private static final ServiceCode OWN = ServiceCode.of("OWN_FORM_SERVICE");

  /** A service with a form of its own, acting on its step {@code own.check}. */
  private static final ServicePlugin OWN_PLUGIN =
      new ServicePlugin() {
        @Override
        public ServiceCode service() {
          return OWN;
        }

        @Override
        public boolean ownForm() {
          return true;
        }

        @Override
        public boolean ownActions(String stepKey) {
          return "own.check".equals(stepKey);
        }
      };

  @Test
  void aServiceWithoutAPluginGetsTheEnginesDefaults() {
    ServicePlugin general = new ServicePlugins(List.of(OWN_PLUGIN)).of(ServiceCode.PUBLICATION);
    assertEquals(ServiceCode.PUBLICATION, general.service());
    assertFalse(general.ownForm(), "filed on the general form");
    assertSame(AttachmentPolicy.DOCUMENTS, general.attachments());
    assertFalse(general.ownActions("publication.draft"), "the engine acts on every step");
    assertFalse(general.ownPanel("publication.draft"));
    assertEquals(
        Optional.empty(), general.stepName(1, "publication.prepare", Locale.ENGLISH), "manual's");
  }

  @Test
  void aRegisteredServiceIsAnsweredByItsPluginByStepKey() {
    var plugins = new ServicePlugins(List.of(OWN_PLUGIN));
    ServicePlugin own = plugins.of(ServiceCode.of("OWN_FORM_SERVICE"));
    assertSame(OWN_PLUGIN, own);
    assertTrue(own.ownForm());
    assertTrue(own.ownActions("own.check"));
    assertTrue(own.ownPanel("own.check"), "its own actions have its own panel");
    assertFalse(own.ownActions("own.ask"));
    assertEquals(List.of(OWN), plugins.services());
  }

  @Test
  void twoPluginsForOneServiceAreRefused() {
    assertThrows(
        IllegalStateException.class, () -> new ServicePlugins(List.of(OWN_PLUGIN, OWN_PLUGIN)));
  }

  @Test
  void noServiceHasTheDefaultsToo() {
    assertFalse(new ServicePlugins(List.of()).of(null).ownForm());
  }
}
