package th.go.sesaoret.servicedesk.audit.application;

import java.util.Collection;
import th.go.sesaoret.servicedesk.audit.domain.AuditAction;

/**
 * The audit actions one feature writes. A feature makes its actions known by a bean implementing
 * this (an {@code @ApplicationScoped} class in its own package); {@link AuditActions} finds every
 * one.
 */
public interface AuditActionSource {
  Collection<? extends AuditAction> actions();
}
