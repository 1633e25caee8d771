/** Answering the survey, and its 6- and 12-month summaries computed by the database. */
package th.go.sesaoret.servicedesk.satisfaction.application;
