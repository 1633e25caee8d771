package th.go.sesaoret.servicedesk.publication.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/** The preview link's token and the release's states: scheduled, live, expired, taken down. */
class ReleaseTest {
  private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");

  private static Release release() {
    return Publication.draft(
            "requester",
            null,
            new PostContent(Category.NEWS, "ข่าว", null, null, "<p>ข่าว</p>", null, null),
            NOW)
        .release();
  }

  private static Preview preview() {
    return Publication.draft(
            "requester",
            null,
            new PostContent(Category.NEWS, "ข่าว", null, null, "<p>ข่าว</p>", null, null),
            NOW)
        .preview();
  }

  @Test
  void aTokenIs128RandomBitsUrlSafeAndOnlyItsHashIsKept() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      PreviewToken t = PreviewToken.random();
      assertTrue(t.token().matches("[A-Za-z0-9_-]{22}"), t.token());
      assertTrue(t.sha256().matches("[0-9a-f]{64}"));
      assertEquals(t.sha256(), PreviewToken.hash(t.token()));
      assertNotEquals(t.token(), t.sha256());
      assertTrue(seen.add(t.token()));
    }
    assertNull(PreviewToken.hash(null));
    assertNull(PreviewToken.hash("short"));
    assertNull(PreviewToken.hash("' or 1=1 --aaaaaaaaaaaa"));
  }

  @Test
  void aPreviewLinkOpensWithItsTokenUntilItDiesOrIsReplaced() {
    Preview p = preview();
    PreviewToken first = PreviewToken.random();
    p.issue(first.sha256(), NOW);
    assertTrue(p.opensWith(first.sha256()));
    assertFalse(p.opensWith(PreviewToken.random().sha256()), "a guessed token");
    PreviewToken second = PreviewToken.random();
    p.issue(second.sha256(), NOW.plusSeconds(60));
    assertFalse(p.opensWith(first.sha256()), "the earlier link died");
    assertTrue(p.opensWith(second.sha256()));
    p.kill(NOW.plusSeconds(120));
    assertFalse(p.opensWith(second.sha256()), "dead once published or ended");
    assertFalse(p.isLive());
    assertEquals(NOW.plusSeconds(120), p.deadAt());
  }

  @Test
  void publishingNowOrAtATimeBeforeTheExpiry() {
    Release r = release();
    Instant expires = NOW.plus(Duration.ofDays(30));
    assertEquals(
        "publication.release.afterExpiry",
        assertThrows(BusinessException.class, () -> r.schedule(expires, NOW, expires)).key());
    Instant at = NOW.plus(Duration.ofDays(2));
    assertEquals(at, r.schedule(at, NOW, expires));
    assertFalse(r.isDue(NOW));
    assertFalse(r.isDue(at.minusSeconds(1)));
    assertTrue(r.isDue(at));
    r.goLive(at);
    assertEquals(at, r.publishedAt());
    assertTrue(r.isLive(at, expires));
    assertFalse(r.isDue(at.plusSeconds(60)), "live once");
    assertEquals(
        "publication.release.alreadyPublished",
        assertThrows(BusinessException.class, () -> r.schedule(null, at, expires)).key());
    assertTrue(r.isExpiring(expires, expires));
    assertFalse(r.isExpiring(expires.minusSeconds(1), expires));
    r.expire(expires);
    assertFalse(r.isLive(expires, expires));
    assertFalse(r.isExpiring(expires.plusSeconds(60), expires), "withdrawn once");
    assertEquals(at, r.publishedAt(), "the record stays");
  }

  @Test
  void aPastOrMissingTimeIsNow() {
    Release r = release();
    assertEquals(NOW, r.schedule(null, NOW, null));
    Release s = release();
    assertEquals(NOW, s.schedule(NOW.minusSeconds(3600), NOW, null));
    assertTrue(s.isDue(NOW));
  }

  @Test
  void unpublishingNeedsAReasonWithinItsLimitAndKeepsTheRecord() {
    Release r = release();
    assertEquals(
        "publication.release.notPublished",
        assertThrows(BusinessException.class, () -> r.unpublish("staff", "ผิด", NOW, null)).key());
    r.schedule(null, NOW, null);
    r.goLive(NOW);
    assertEquals(
        "publication.release.reasonRequired",
        assertThrows(BusinessException.class, () -> r.unpublish("staff", " ", NOW, null)).key());
    assertEquals(
        "publication.release.reasonTooLong",
        assertThrows(
                BusinessException.class, () -> r.unpublish("staff", "ก".repeat(501), NOW, null))
            .key());
    assertTrue(r.unpublish("deputy", "ข้อมูลผิดพลาด", NOW.plusSeconds(60), null), "it was live");
    assertFalse(r.isLive(NOW.plusSeconds(61), null));
    assertEquals("deputy", r.unpublishedBy());
    assertEquals("ข้อมูลผิดพลาด", r.unpublishReason());
    assertEquals(NOW, r.publishedAt());
    assertEquals(
        "publication.release.notPublished",
        assertThrows(BusinessException.class, () -> r.unpublish("staff", "อีก", NOW, null)).key());
  }

  @Test
  void aScheduledPostTakenDownNeverGoesLive() {
    Release r = release();
    Instant at = NOW.plus(Duration.ofDays(1));
    r.schedule(at, NOW, null);
    assertFalse(r.unpublish("staff", "ยกเลิกการเผยแพร่", NOW, null), "it was not live");
    assertFalse(r.isDue(at.plusSeconds(60)));
  }
}
