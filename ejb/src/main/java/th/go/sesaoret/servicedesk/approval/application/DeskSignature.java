package th.go.sesaoret.servicedesk.approval.application;

import java.io.Serializable;

/**
 * An item to sign, with the content hash the signer was shown: refused if the content is not that
 * any more. {@code choice} is the service's order option, if it takes one.
 */
public record DeskSignature(long stepId, String shownSha256, String choice)
    implements Serializable {}
