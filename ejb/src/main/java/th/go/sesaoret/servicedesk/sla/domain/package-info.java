/**
 * The SLA clock's calendar: office hours, the holiday table an administrator keeps, and the
 * business calendar that turns a step's time standard into a due time. Pure Java apart from the
 * {@code Holiday} entity, so it is tested without a container.
 */
package th.go.sesaoret.servicedesk.sla.domain;
