/** The holiday table for the administrator, and the office calendar built from it. */
package th.go.sesaoret.servicedesk.sla.application;
