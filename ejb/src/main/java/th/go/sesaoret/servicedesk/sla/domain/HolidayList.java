package th.go.sesaoret.servicedesk.sla.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the calendar knows from the holiday table: the dates the office is closed, and the years the
 * table covers. A year is covered when it has at least one row; an uncovered year is computed with
 * weekends only, and callers warn the administrator (see {@link #yearsNotCovered}). Immutable.
 */
public final class HolidayList {
  private final Set<LocalDate> closedDays;
  private final Set<Integer> coveredYears;

  private HolidayList(Set<LocalDate> closedDays, Set<Integer> coveredYears) {
    this.closedDays = closedDays;
    this.coveredYears = coveredYears;
  }

  public static HolidayList of(Collection<LocalDate> closedDays, Collection<Integer> years) {
    return new HolidayList(Set.copyOf(closedDays), Set.copyOf(years));
  }

  /** From the table's rows: only rows marked "office closed" close the office. */
  public static HolidayList from(Collection<Holiday> holidays) {
    return of(
        holidays.stream()
            .filter(Holiday::isOfficeClosed)
            .map(Holiday::date)
            .collect(Collectors.toSet()),
        holidays.stream().map(h -> h.date().getYear()).collect(Collectors.toSet()));
  }

  public static HolidayList none() {
    return of(Set.of(), Set.of());
  }

  public boolean isClosed(LocalDate day) {
    return closedDays.contains(day);
  }

  public boolean covers(int year) {
    return coveredYears.contains(year);
  }

  /** Years from {@code from} to {@code to} (inclusive) that have no holiday data. */
  public SortedSet<Integer> yearsNotCovered(LocalDate from, LocalDate to) {
    SortedSet<Integer> missing = new TreeSet<>();
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      if (!covers(year)) {
        missing.add(year);
      }
    }
    return Collections.unmodifiableSortedSet(missing);
  }

  /** How many dates close the office: bounds the calendar's search for a working day. */
  int closedDayCount() {
    return closedDays.size();
  }
}
