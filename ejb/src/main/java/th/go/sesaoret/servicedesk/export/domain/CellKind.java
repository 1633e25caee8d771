package th.go.sesaoret.servicedesk.export.domain;

/**
 * What a column holds, so that each format writes it as what it is: a spreadsheet gets real number
 * and date cells (a Buddhist-era date format in Thai), the PDF the date as the office writes it,
 * the CSV plain numbers and ISO dates a program reads.
 */
public enum CellKind {
  TEXT,
  /** A whole number (a count, minutes). */
  INTEGER,
  /** A number with decimals (a mean, a share in percent): one or two decimals shown. */
  DECIMAL,
  /** A day ({@code LocalDate}, or an {@code Instant} taken in the office's time zone). */
  DATE,
  /** A moment ({@code Instant} or {@code LocalDateTime}), to the minute. */
  DATE_TIME
}
