package th.go.sesaoret.servicedesk.publication.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.publication.domain.Category;
import th.go.sesaoret.servicedesk.publication.domain.PostContent;
import th.go.sesaoret.servicedesk.publication.domain.Publication;
import th.go.sesaoret.servicedesk.publication.domain.PublicationSteps;

/** The request a post files: its description, and the steps the service acts on itself. */
class PublicationDraftsTest {
  private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");

  @Test
  void theDescriptionIsTheSummaryElseTheStartOfTheBodyElseTheTitle() {
    assertEquals("สรุปข่าว", PublicationDrafts.description(post("สรุปข่าว", "<p>เนื้อหา</p>")));
    assertEquals("เนื้อหาข่าว", PublicationDrafts.description(post(null, "<p>เนื้อหาข่าว</p>")));
    assertEquals("หัวข้อ", PublicationDrafts.description(post(null, "")));
    String longBody = "<p>" + "ก".repeat(5000) + "</p>";
    String d = PublicationDrafts.description(post(null, longBody));
    assertTrue(
        d.length() <= PublicationDrafts.DESCRIPTION_FROM_BODY + 1 && d.endsWith("\u2026"), d);
  }

  @Test
  void stepsThreeAndFourAreTheServicesOwn() {
    PublicationService s = new PublicationService();
    assertTrue(s.ownForm());
    assertTrue(s.ownActions(PublicationService.PROPOSE));
    assertTrue(s.ownActions(PublicationService.SIGN));
    assertFalse(s.ownActions(PublicationService.FORM));
    assertTrue(s.ownActions(PublicationSteps.DRAFT), "staff's draft and preview");
    assertTrue(s.ownActions(PublicationSteps.CHECK), "the requester's check");
    assertTrue(s.ownActions(PublicationSteps.PUBLISH), "the release");
  }

  private static Publication post(String summary, String body) {
    return Publication.draft(
        "somchai",
        null,
        new PostContent(Category.NEWS, "หัวข้อ", null, summary, body, null, null),
        NOW);
  }
}
