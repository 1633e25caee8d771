package th.go.sesaoret.servicedesk.request.domain;

/**
 * What a person may do on a request now, as the engine offers it on the request's page: act on the
 * current step (complete a work step, approve or reject with a signature, return for correction),
 * or, as its requester, correct a returned request or cancel one nobody approved yet.
 */
public enum StepAction {
  COMPLETE,
  APPROVE,
  REJECT,
  RETURN,
  CORRECT,
  CANCEL
}
