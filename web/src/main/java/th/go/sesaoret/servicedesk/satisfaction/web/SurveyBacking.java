package th.go.sesaoret.servicedesk.satisfaction.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import th.go.sesaoret.servicedesk.satisfaction.application.Satisfaction;
import th.go.sesaoret.servicedesk.satisfaction.application.SurveyState;
import th.go.sesaoret.servicedesk.satisfaction.domain.Question;
import th.go.sesaoret.servicedesk.satisfaction.domain.SurveyAnswer;
import th.go.sesaoret.servicedesk.shared.BusinessException;
import th.go.sesaoret.servicedesk.shared.web.Callers;
import th.go.sesaoret.servicedesk.shared.web.Messages;

/**
 * The survey on a finished request's page (the engine's page includes it for every service): the
 * five questions and a comment while offered, the answer given once answered.
 */
@Named
@ViewScoped
public class SurveyBacking implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private Satisfaction satisfaction;

  private Long requestId;
  private SurveyState state;
  private final Map<Question, Integer> scores = new EnumMap<>(Question.class);
  private String comment;

  /** The survey of request {@code id} (read once per view). */
  public SurveyState state(long id) {
    if (state == null || requestId == null || requestId != id) {
      requestId = id;
      state = satisfaction.state(id);
    }
    return state;
  }

  public void send() {
    try {
      satisfaction.answer(requestId, scores, comment, Callers.ip());
      state = satisfaction.state(requestId);
      Messages.infoAt("survey", "satisfaction.thanks");
    } catch (BusinessException e) {
      Messages.errorAt("survey", e);
    }
  }

  public Question[] getQuestions() {
    return Question.values();
  }

  public Map<Question, Integer> getScores() {
    return scores;
  }

  public int getCommentMax() {
    return SurveyAnswer.COMMENT_MAX;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
