package th.go.sesaoret.servicedesk.request.domain;

/** What an approver signed. Returning for correction is not signed, so it makes no approval. */
public enum ApprovalDecision {
  APPROVED,
  REJECTED,
  RETURNED
}
