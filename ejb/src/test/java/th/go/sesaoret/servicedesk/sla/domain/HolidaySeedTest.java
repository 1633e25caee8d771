package th.go.sesaoret.servicedesk.sla.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The V3 migration seeds the holiday table with the shared 2026-2027 list, row for row. */
class HolidaySeedTest {
  private static final String MIGRATION = "/db/migration/V3__holidays.sql";

  /** The shared list, seen from the ejb module directory (Maven's working directory). */
  private static final Path CSV = Path.of("../../shared/data/thai-holidays-2026-2027.csv");

  private static final String TEXT = "'((?:[^']|'')*)'";
  private static final Pattern ROW =
      Pattern.compile(
          "^\\(date '(\\d{4}-\\d{2}-\\d{2})', "
              + TEXT
              + ", "
              + TEXT
              + ", '([A-Z_]+)', (true|false), (true|false), "
              + TEXT
              + "\\)[,;]$",
          Pattern.MULTILINE);

  private static Map<LocalDate, SeedRow> seed;
  private static long insertedRows;

  /** One inserted row, as written in the migration. */
  record SeedRow(
      LocalDate date,
      String nameTh,
      String nameEn,
      HolidayKind kind,
      boolean closed,
      boolean provisional,
      String reference) {}

  @BeforeAll
  static void readMigration() throws IOException {
    try (InputStream in = HolidaySeedTest.class.getResourceAsStream(MIGRATION)) {
      assertNotNull(in, MIGRATION);
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      seed =
          ROW.matcher(sql)
              .results()
              .map(HolidaySeedTest::row)
              .collect(Collectors.toMap(SeedRow::date, Function.identity()));
      insertedRows = sql.lines().filter(l -> l.startsWith("(date '")).count();
    }
  }

  private static SeedRow row(MatchResult m) {
    return new SeedRow(
        LocalDate.parse(m.group(1)),
        unquote(m.group(2)),
        unquote(m.group(3)),
        HolidayKind.valueOf(m.group(4)),
        Boolean.parseBoolean(m.group(5)),
        Boolean.parseBoolean(m.group(6)),
        unquote(m.group(7)));
  }

  private static String unquote(String sqlText) {
    return sqlText.replace("''", "'");
  }

  @Test
  void theSubstitutionFor5December2026ClosesTheOffice() {
    SeedRow dec7 = seed.get(LocalDate.of(2026, 12, 7));

    assertEquals(HolidayKind.SUBSTITUTION, dec7.kind());
    assertTrue(dec7.closed());
    assertFalse(dec7.provisional());
    assertEquals("วันหยุดชดเชยวันคล้ายวันพระบรมราชสมภพ รัชกาลที่ ๙", dec7.nameTh());
  }

  @Test
  void every2027RowIsProvisionalAndEvery2026RowIsNot() {
    seed.values().forEach(r -> assertEquals(r.date().getYear() == 2027, r.provisional(), "" + r));
  }

  @Test
  void labourDayIsListedButKeepsTheOfficeOpen() {
    SeedRow labourDay = seed.get(LocalDate.of(2026, 5, 1));

    assertEquals(HolidayKind.PRIVATE_SECTOR_ONLY, labourDay.kind());
    assertFalse(labourDay.closed());
  }

  @Test
  void theClosedDaysAreThoseTheCalendarTestsUse() {
    var closed = seed.values().stream().filter(SeedRow::closed).map(SeedRow::date);

    assertEquals(Calendars.CLOSED_2026_2027, closed.collect(Collectors.toSet()));
  }

  @Test
  void everyRowIsAValidHoliday() {
    assertEquals(insertedRows, seed.size(), "rows the test could not read");
    seed.values().forEach(r -> assertNotNull(toHoliday(r)));
  }

  private static Holiday toHoliday(SeedRow r) {
    Holiday h = new Holiday(r.date(), r.nameTh(), r.nameEn(), r.kind(), r.closed());
    h.cite(r.reference(), r.provisional());
    return h;
  }

  @Test
  void insertsEveryRowOfTheSharedList() throws IOException {
    assumeTrue(Files.isRegularFile(CSV), "shared list not found at " + CSV.toAbsolutePath());
    List<String> lines = Files.readAllLines(CSV, StandardCharsets.UTF_8);

    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      assertEquals(7, f.length, line);
      String kind = f[3].toUpperCase(Locale.ROOT).replace('-', '_');
      var expected =
          new SeedRow(
              LocalDate.parse(f[0]),
              f[1],
              f[2],
              HolidayKind.valueOf(kind),
              Boolean.parseBoolean(f[4]),
              Boolean.parseBoolean(f[5]),
              f[6]);
      assertEquals(expected, seed.get(expected.date()), line);
    }
    assertEquals(lines.size() - 1, seed.size());
  }
}
