package th.go.sesaoret.servicedesk.satisfaction.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * A requester's answer to the satisfaction survey of one finished request: a score of 1 (very
 * dissatisfied) to 5 (very satisfied) for each {@link Question}, and a comment of at most {@link
 * #COMMENT_MAX} characters. One per request (a unique key); it is not changed once given.
 */
@Entity
@Table(name = "survey_answer")
public class SurveyAnswer {
  public static final int COMMENT_MAX = 1000;
  public static final int LOWEST = 1;
  public static final int HIGHEST = 5;

  /** An answer of at least this score counts as satisfied. */
  public static final int SATISFIED = 4;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_id", nullable = false, unique = true, updatable = false)
  private long requestId;

  @Column(name = "service_code", nullable = false, updatable = false, length = 40)
  private String serviceCode;

  @Column(nullable = false, updatable = false, length = 60)
  private String requester;

  @Column(name = "answered_at", nullable = false, updatable = false)
  private Instant answeredAt;

  @Column(nullable = false, updatable = false)
  private int speed;

  @Column(nullable = false, updatable = false)
  private int courtesy;

  @Column(nullable = false, updatable = false)
  private int clarity;

  @Column(name = "result_score", nullable = false, updatable = false)
  private int result;

  @Column(nullable = false, updatable = false)
  private int overall;

  @Column(name = "answer_comment", length = COMMENT_MAX, updatable = false)
  private String comment;

  protected SurveyAnswer() {}

  /**
   * The answer of {@code requester} on request {@code requestId}: every question scored 1-5 ({@code
   * satisfaction.score.required} / {@code satisfaction.score.range}), the comment stripped, blank
   * as none, refused when too long ({@code satisfaction.comment.tooLong}), never cut.
   */
  public static SurveyAnswer of(
      long requestId,
      String serviceCode,
      String requester,
      Map<Question, Integer> scores,
      String comment,
      Instant now) {
    SurveyAnswer a = new SurveyAnswer();
    a.requestId = requestId;
    a.serviceCode = serviceCode;
    a.requester = requester;
    a.answeredAt = now;
    a.speed = score(scores, Question.SPEED);
    a.courtesy = score(scores, Question.COURTESY);
    a.clarity = score(scores, Question.CLARITY);
    a.result = score(scores, Question.RESULT);
    a.overall = score(scores, Question.OVERALL);
    String kept = comment == null || comment.isBlank() ? null : comment.strip();
    if (kept != null && kept.length() > COMMENT_MAX) {
      throw new BusinessException("satisfaction.comment.tooLong", COMMENT_MAX);
    }
    a.comment = kept;
    return a;
  }

  private static int score(Map<Question, Integer> scores, Question q) {
    Integer s = scores == null ? null : scores.get(q);
    if (s == null) {
      throw new BusinessException("satisfaction.score.required");
    }
    if (s < LOWEST || s > HIGHEST) {
      throw new BusinessException("satisfaction.score.range", LOWEST, HIGHEST);
    }
    return s;
  }

  public int score(Question q) {
    return switch (q) {
      case SPEED -> speed;
      case COURTESY -> courtesy;
      case CLARITY -> clarity;
      case RESULT -> result;
      case OVERALL -> overall;
    };
  }

  public Long id() {
    return id;
  }

  public long requestId() {
    return requestId;
  }

  public String requester() {
    return requester;
  }

  public Instant answeredAt() {
    return answeredAt;
  }

  public String comment() {
    return comment;
  }
}
