package th.go.sesaoret.servicedesk.conference.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class FeedTokenTest {
  @Test
  void aTokenIs128RandomBitsAndOnlyItsHashIsKept() {
    FeedToken t = new FeedToken("requester");
    String first = t.renew(Instant.EPOCH);

    assertTrue(first.matches(FeedToken.SHAPE), first);
    assertEquals(16, Base64.getUrlDecoder().decode(first).length);
    assertEquals(64, FeedToken.sha256(first).length());
    assertEquals(FeedToken.sha256(first), FeedToken.sha256(first));

    String second = t.renew(Instant.EPOCH.plusSeconds(1));
    assertNotEquals(first, second, "renewed: a new token");
    assertNotEquals(FeedToken.sha256(first), FeedToken.sha256(second));
    assertEquals(Instant.EPOCH.plusSeconds(1), t.createdAt());
  }
}
