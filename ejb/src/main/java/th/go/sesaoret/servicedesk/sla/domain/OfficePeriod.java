package th.go.sesaoret.servicedesk.sla.domain;

import java.time.Duration;
import java.time.LocalTime;
import th.go.sesaoret.servicedesk.shared.BusinessException;

/**
 * One stretch of office time within a day, such as 08:30-12:00. Half-open: the start is office
 * time, the end is not (at 12:00 the office is at lunch). A period cannot cross midnight.
 */
public record OfficePeriod(LocalTime start, LocalTime end) {

  public OfficePeriod {
    if (start == null || end == null) {
      throw new BusinessException("sla.officeHours.periodRequired");
    }
    if (!start.isBefore(end)) {
      throw new BusinessException("sla.officeHours.periodEmpty", start, end);
    }
  }

  public static OfficePeriod of(String start, String end) {
    return new OfficePeriod(LocalTime.parse(start), LocalTime.parse(end));
  }

  public boolean contains(LocalTime time) {
    return !time.isBefore(start) && time.isBefore(end);
  }

  public Duration length() {
    return Duration.between(start, end);
  }

  @Override
  public String toString() {
    return start + "-" + end;
  }
}
