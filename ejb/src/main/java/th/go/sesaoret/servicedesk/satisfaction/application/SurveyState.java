package th.go.sesaoret.servicedesk.satisfaction.application;

import java.io.Serial;
import java.io.Serializable;
import java.util.Map;
import th.go.sesaoret.servicedesk.satisfaction.domain.Question;

/**
 * The survey as a request's page shows it to the caller: offered (the caller's own finished
 * request, not yet answered), answered (the scores given), or neither.
 */
public record SurveyState(boolean offered, Map<Question, Integer> answer, String comment)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  public static final SurveyState NONE = new SurveyState(false, null, null);

  public boolean answered() {
    return answer != null;
  }
}
