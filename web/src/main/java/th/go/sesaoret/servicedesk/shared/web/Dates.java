package th.go.sesaoret.servicedesk.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import th.go.sesaoret.servicedesk.shared.DateDisplay;

/**
 * Every date on every page: {@code #{dates.dateTime(x)}} shows "24 พ.ย. 2569 14:30" in Thai and "24
 * Nov 2026 14:30" in English.
 */
@Named
@RequestScoped
public class Dates {
  @Inject private LocaleBacking locale;

  private DateDisplay display() {
    return DateDisplay.of(locale.getLocale());
  }

  public String dateTime(Instant instant) {
    return display().dateTime(instant);
  }

  public String date(LocalDate date) {
    return display().date(date);
  }

  public String longDate(LocalDate date) {
    return display().longDate(date);
  }
}
