/**
 * The public ITA statistics (no sign-in): the compliance report's figures and the satisfaction
 * summary of the current and the previous fiscal year and their halves, computed at most every ten
 * minutes, as a page and as downloads of the same snapshot.
 */
package th.go.sesaoret.servicedesk.ita.application;
