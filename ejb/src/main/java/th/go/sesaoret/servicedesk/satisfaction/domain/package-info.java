/**
 * The requester's satisfaction survey after a finished request of any service (issue 13): five
 * questions on a 1-5 scale and a comment, one answer per request.
 */
package th.go.sesaoret.servicedesk.satisfaction.domain;
