/** The approval desk's queries (JPQL projections paged by the database). */
package th.go.sesaoret.servicedesk.approval.infrastructure;
