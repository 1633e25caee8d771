/**
 * The approval desk: every approval step waiting for the caller across all services ({@link
 * ApprovalDesk}, through the read port {@link DeskLists}), confirmed one by one with each request's
 * content hash, then signed with one password entry, each item in its own transaction ({@link
 * ApprovalSigning}). A service that approves in its own way plugs in a {@link DeskApprover}; the
 * others are approved by the engine.
 */
package th.go.sesaoret.servicedesk.approval.application;
