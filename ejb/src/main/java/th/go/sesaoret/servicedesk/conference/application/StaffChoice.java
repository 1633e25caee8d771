package th.go.sesaoret.servicedesk.conference.application;

import java.io.Serializable;

/** A DLICT staff member the group director may give a meeting to: name and position's key. */
public record StaffChoice(String username, String fullName, String positionKey, long meetingsAhead)
    implements Serializable {}
