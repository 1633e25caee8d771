/**
 * The request screens (form, my requests, request page with timeline and approval, work queue) and
 * the administrator's page of acting officials.
 */
package th.go.sesaoret.servicedesk.request.web;
