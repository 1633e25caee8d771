/**
 * The request's reading models on JPA: {@link JpaRequestLists} ("My requests", the work queue:
 * projections paged by the database) and {@link JpaRequestReads} (a request's page: the request,
 * its attachments, steps, signatures, history and the people named), both applying the one
 * visibility condition {@link VisibleRequests}. The reports and the REST API read through the same
 * ports.
 */
package th.go.sesaoret.servicedesk.request.infrastructure;
