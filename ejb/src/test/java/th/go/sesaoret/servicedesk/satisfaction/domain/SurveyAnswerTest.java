package th.go.sesaoret.servicedesk.satisfaction.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/** A survey answer: every question scored 1-5, a comment refused (never cut) when too long. */
class SurveyAnswerTest {
  private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");

  private static Map<Question, Integer> all(int score) {
    Map<Question, Integer> scores = new EnumMap<>(Question.class);
    for (Question q : Question.values()) {
      scores.put(q, score);
    }
    return scores;
  }

  private static String key(Map<Question, Integer> scores, String comment) {
    return assertThrows(
            BusinessException.class,
            () -> SurveyAnswer.of(1, "REPAIR", "requester", scores, comment, NOW))
        .key();
  }

  @Test
  void everyQuestionIsScoredOneToFive() {
    Map<Question, Integer> scores = all(4);
    scores.put(Question.OVERALL, 5);
    SurveyAnswer a = SurveyAnswer.of(1, "REPAIR", "requester", scores, "  ", NOW);
    assertEquals(4, a.score(Question.SPEED));
    assertEquals(5, a.score(Question.OVERALL));
    assertNull(a.comment(), "blank: none");

    Map<Question, Integer> missing = all(3);
    missing.remove(Question.CLARITY);
    assertEquals("satisfaction.score.required", key(missing, null));
    assertEquals("satisfaction.score.range", key(all(0), null));
    assertEquals("satisfaction.score.range", key(all(6), null));
  }

  @Test
  void aCommentIsKeptWholeOrRefused() {
    String longest = "ก".repeat(SurveyAnswer.COMMENT_MAX);
    assertEquals(
        longest, SurveyAnswer.of(1, "REPAIR", "r", all(5), " " + longest + " ", NOW).comment());
    assertEquals("satisfaction.comment.tooLong", key(all(5), longest + "ข"));
  }
}
