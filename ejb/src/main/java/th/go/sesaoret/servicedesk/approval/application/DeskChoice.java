package th.go.sesaoret.servicedesk.approval.application;

import java.io.Serializable;

/**
 * One option of a service's order given with its approval (the repair: a technician, with the jobs
 * on their desk now). {@code value} is what the service gets back; {@code name} a person's full
 * name or the service's own words; {@code load} how many open jobs, or null.
 */
public record DeskChoice(String value, String name, Long load) implements Serializable {}
