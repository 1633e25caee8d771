/**
 * How notices travel: sent to the two JMS queues after the workflow's transaction commits (the kind
 * by its name), received by small listeners, mailed by a timer through the server's mail session;
 * the dead-letter desk on the server's queue; the kind's column converter.
 */
package th.go.sesaoret.servicedesk.notification.infrastructure;
