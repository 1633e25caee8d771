package th.go.sesaoret.servicedesk.approval.application;

import java.io.Serializable;
import java.util.List;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;

/**
 * One item as shown before signing: what is signed ({@code sha256} of the request's content and its
 * verification code) and the options of its service's order, if it takes one.
 */
public record DeskConfirmation(
    long stepId,
    long requestId,
    String number,
    ServiceCode service,
    String title,
    String requesterName,
    String sha256,
    String verificationCode,
    List<DeskChoice> choices)
    implements Serializable {
  public DeskConfirmation {
    choices = List.copyOf(choices);
  }

  public boolean takesChoice() {
    return !choices.isEmpty();
  }
}
