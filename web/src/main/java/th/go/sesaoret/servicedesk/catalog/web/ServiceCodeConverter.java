package th.go.sesaoret.servicedesk.catalog.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import th.go.sesaoret.servicedesk.catalog.domain.ServiceCode;

/** A service in a form field: by its code; a code the catalog does not know is refused. */
@FacesConverter(forClass = ServiceCode.class)
public class ServiceCodeConverter implements Converter<ServiceCode> {
  @Override
  public ServiceCode getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return ServiceCode.known(value).orElseThrow(ConverterException::new);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, ServiceCode value) {
    return value == null ? "" : value.name();
  }
}
