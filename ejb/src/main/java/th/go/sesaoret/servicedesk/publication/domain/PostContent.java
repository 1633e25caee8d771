package th.go.sesaoret.servicedesk.publication.domain;

import java.time.Instant;

/**
 * What a requester writes of a post (and staff may reshape): category, Thai title (English
 * optional), summary, body HTML (sanitised by {@link PostHtml} before it gets here), the wanted
 * publication time and an optional expiry.
 */
public record PostContent(
    Category category,
    String titleTh,
    String titleEn,
    String summary,
    String bodyHtml,
    Instant wantedAt,
    Instant expiresAt) {
  public static final int TITLE_MAX = 300;
  public static final int SUMMARY_MAX = 1000;
}
