/**
 * The service manual as data: services, their versions, steps and time standards. A standard is
 * changed by making a new version, so requests keep the standards they were filed under.
 */
package th.go.sesaoret.servicedesk.catalog.domain;
