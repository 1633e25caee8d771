package th.go.sesaoret.servicedesk.security.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import th.go.sesaoret.servicedesk.security.domain.Role;

/** A person as the administrator's list shows them. */
public record PersonRow(
    long id,
    String username,
    String fullName,
    String email,
    Set<Role> roles,
    boolean active,
    Instant lockedUntil)
    implements Serializable {}
