/**
 * The request services, each a transaction boundary with {@code @RolesAllowed} on every method:
 * {@link RequestSubmission} files, {@link StepActions} acts on steps, {@link RequestQueries} reads
 * (records, no entity leaves for a page) through the ports {@link RequestLists} and {@link
 * RequestReads}, every reading of a request through {@link RequestAccess} (one visibility check).
 * The caller comes from the EJB context, time from the injected clock; every action and every
 * refusal is audited; notices leave as CDI {@code RequestNotice} events for the notification
 * feature. {@link StepSchedule} is the port through which a service books a step's clock; {@link
 * SlaScan} (every minute, {@link SlaMonitoring}) warns and escalates on the steps' due times.
 */
package th.go.sesaoret.servicedesk.request.application;
