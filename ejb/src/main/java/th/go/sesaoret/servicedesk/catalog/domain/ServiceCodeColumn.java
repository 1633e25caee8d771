package th.go.sesaoret.servicedesk.catalog.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link ServiceCode} as its code, wherever an entity or a query holds one. */
@Converter(autoApply = true)
public class ServiceCodeColumn implements AttributeConverter<ServiceCode, String> {
  @Override
  public String convertToDatabaseColumn(ServiceCode code) {
    return code == null ? null : code.name();
  }

  @Override
  public ServiceCode convertToEntityAttribute(String code) {
    return code == null ? null : ServiceCode.of(code);
  }
}
