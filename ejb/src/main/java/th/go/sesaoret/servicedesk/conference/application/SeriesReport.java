package th.go.sesaoret.servicedesk.conference.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A repeating booking date by date: booked (or free, for a preview) with its request, or refused
 * with the reason (a bundle key and its arguments: what is taken, from when to when).
 */
public record SeriesReport(Long seriesId, List<Occurrence> dates) implements Serializable {
  public record Occurrence(
      LocalDate day,
      boolean free,
      Long requestId,
      String number,
      String reasonKey,
      List<String> args)
      implements Serializable {}

  public long booked() {
    return dates.stream().filter(o -> o.requestId() != null).count();
  }

  public long refused() {
    return dates.stream().filter(o -> !o.free()).count();
  }
}
