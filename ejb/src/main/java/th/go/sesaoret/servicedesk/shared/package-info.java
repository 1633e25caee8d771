/** What every feature shares: business exceptions, the clock, the office zone, date display. */
package th.go.sesaoret.servicedesk.shared;
