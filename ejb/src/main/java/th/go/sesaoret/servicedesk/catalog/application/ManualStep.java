package th.go.sesaoret.servicedesk.catalog.application;

import th.go.sesaoret.servicedesk.catalog.domain.TimeBasis;
import th.go.sesaoret.servicedesk.security.domain.Role;

/** One step as the published manual shows it, in one language. */
public record ManualStep(int order, String name, Role actingRole, String standard, TimeBasis basis)
    implements java.io.Serializable {}
