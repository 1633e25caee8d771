package th.go.sesaoret.servicedesk.publication.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A refusal of the publication form shows next to the field it is about. */
class PublicationFormBackingTest {
  @Test
  void eachRefusalNamesItsField() {
    assertEquals(
        "post:titleTh", PublicationFormBacking.fieldOf("publication.form.titleTh.tooLong"));
    assertEquals(
        "post:expiresAt",
        PublicationFormBacking.fieldOf("publication.form.expiry.beforePublication"));
    assertEquals(
        "post:consent", PublicationFormBacking.fieldOf("publication.form.personalData.noConsent"));
    assertEquals("post:body", PublicationFormBacking.fieldOf("publication.form.body.tooLong"));
    assertEquals("post:upload", PublicationFormBacking.fieldOf("request.attachment.svgUnsafe"));
    assertEquals("post:requester", PublicationFormBacking.fieldOf("request.requester.unknown"));
    assertNull(PublicationFormBacking.fieldOf("publication.form.approved"));
  }
}
