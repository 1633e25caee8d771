package th.go.sesaoret.servicedesk.catalog.application;

import java.io.Serializable;
import java.time.Instant;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceVersion;

/** One version of a service in its change history: when, by whom, and the administrator's note. */
public record VersionChange(int versionNo, Instant createdAt, String createdBy, String changeNote)
    implements Serializable {
  static VersionChange of(ServiceVersion v) {
    return new VersionChange(v.versionNo(), v.createdAt(), v.createdBy(), v.changeNote());
  }
}
