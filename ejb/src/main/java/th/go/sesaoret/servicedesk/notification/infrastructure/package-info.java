/**
 * How notices travel: sent to the two JMS queues after the workflow's transaction commits, received
 * by small listeners, mailed by a timer through the server's mail session; and the administrator's
 * view of the dead-letter queue.
 */
package th.go.sesaoret.servicedesk.notification.infrastructure;
