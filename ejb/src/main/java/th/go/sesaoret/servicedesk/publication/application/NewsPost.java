package th.go.sesaoret.servicedesk.publication.application;

/**
 * A live post for its public page: what it shows ({@link PostView}), the row's version (for the
 * page's ETag), and the proof that what is online is what was approved: the SHA-256 the authoriser
 * signed and the one recomputed now from the post's text and files.
 */
public record NewsPost(PostView view, long version, String approvedSha256, String onlineSha256) {
  /** True when the post online is exactly what was approved. */
  public boolean matchesApproval() {
    return approvedSha256 != null && approvedSha256.equals(onlineSha256);
  }
}
