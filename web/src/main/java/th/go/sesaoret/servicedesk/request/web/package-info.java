/** Web pages of requests: the administrator's acting officials page. */
package th.go.sesaoret.servicedesk.request.web;
