package th.go.sesaoret.servicedesk.repair.application;

import java.io.Serializable;

/** A DLICT technician and the jobs on their desk now: open steps, and how many wait for parts. */
public record TechnicianLoad(String username, String fullName, long openJobs, long heldJobs)
    implements Serializable {}
