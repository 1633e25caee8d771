/**
 * The generic request screens: the request form, "My requests", a request's page with its timeline
 * and the approval screen, and the work queue. Thin view beans, one service call per action.
 */
package th.go.sesaoret.servicedesk.request.web;
