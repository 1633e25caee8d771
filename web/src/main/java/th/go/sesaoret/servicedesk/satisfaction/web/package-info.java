/** The satisfaction survey on a finished request's page (any service). */
package th.go.sesaoret.servicedesk.satisfaction.web;
