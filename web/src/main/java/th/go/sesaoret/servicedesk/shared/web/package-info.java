/** The UI shell every page shares: language, date display, messages. */
package th.go.sesaoret.servicedesk.shared.web;
