package th.go.sesaoret.servicedesk.notification.infrastructure;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import th.go.sesaoret.servicedesk.notification.application.NoticeKinds;
import th.go.sesaoret.servicedesk.notification.domain.NoticeKind;

/**
 * A notice kind in a column: its name, resolved back through the kinds of every service. The column
 * holds the same names as when the kinds were one enum.
 */
@Converter(autoApply = true)
public class NoticeKindColumn implements AttributeConverter<NoticeKind, String> {
  private NoticeKinds kinds;

  public NoticeKindColumn() {
    // the persistence provider's
  }

  NoticeKindColumn(NoticeKinds kinds) {
    this.kinds = kinds;
  }

  @Override
  public String convertToDatabaseColumn(NoticeKind kind) {
    return kind == null ? null : kind.name();
  }

  @Override
  public NoticeKind convertToEntityAttribute(String name) {
    return name == null ? null : kinds().of(name);
  }

  /** Looked up when first needed: the persistence unit starts before the beans do. */
  private NoticeKinds kinds() {
    if (kinds == null) {
      kinds = CDI.current().select(NoticeKinds.class).get();
    }
    return kinds;
  }
}
