/**
 * The video-conference service's pages: the booking form, the room calendar, and the booking's
 * panel on its request's page (the operator's actions and checklist are in their own beans).
 */
package th.go.sesaoret.servicedesk.conference.web;
