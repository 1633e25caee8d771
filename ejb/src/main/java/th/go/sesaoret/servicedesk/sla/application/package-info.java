/** SLA services in the container: the working calendar built from the holiday table. */
package th.go.sesaoret.servicedesk.sla.application;
