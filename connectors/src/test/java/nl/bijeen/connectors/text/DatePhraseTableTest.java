package nl.bijeen.connectors.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.bijeen.connectors.model.Occurrence;

/**
 * The phrase table (src/test/resources/dates/phrases.tsv): Dutch date and time phrases as community sites write
 * them, each with its reference date and the expected reading. Rows marked "ok" must pass; rows marked "unhandled"
 * are run and reported, so the share handled is visible and a row that starts passing is noticed.
 */
class DatePhraseTableTest {

    static final int HORIZON_DAYS = 60;
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final List<String> PASSED = new ArrayList<>();
    private static final List<String> UNHANDLED = new ArrayList<>();

    record Row(int line, String phrase, LocalDate reference, String expected, boolean mustPass) {
        @Override
        public String toString() {
            return line + ": " + phrase;
        }
    }

    static Stream<Row> rows() throws IOException {
        try (InputStream in = DatePhraseTableTest.class.getResourceAsStream("/dates/phrases.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank() || lines[i].startsWith("#")) {
                    continue;
                }
                String[] cells = lines[i].split("\t");
                rows.add(new Row(i + 1, cells[0], LocalDate.parse(cells[1]), cells[2], cells[3].equals("ok")));
            }
            return rows.stream();
        }
    }

    /** The reading written out as the table writes it. */
    static String render(DateReading reading, LocalDate reference) {
        if (reading.isEmpty()) {
            return "none";
        }
        List<Occurrence> all = reading.occurrences(ZONE, reference, reference.plusDays(HORIZON_DAYS), 1000);
        StringBuilder out = new StringBuilder(all.isEmpty() ? "-" : first(all.getFirst(), reading.allDay()));
        out.append(" n=").append(all.size());
        if (reading.isRecurring()) {
            out.append(' ').append(reading.recurrence().rule());
        }
        if (!reading.notes().isEmpty()) {
            out.append(" warn");
        }
        return out.toString();
    }

    private static String first(Occurrence o, boolean allDay) {
        if (allDay) {
            LocalDate lastDay = o.end().toLocalDate().minusDays(1);
            LocalDate day = o.start().toLocalDate();
            return lastDay.isAfter(day) ? day + ".." + lastDay : day.toString();
        }
        String start = o.start().format(DATE_TIME);
        if (o.end() == null) {
            return start;
        }
        boolean sameDay = o.end().toLocalDate().equals(o.start().toLocalDate());
        return start + "-" + (sameDay ? o.end().format(TIME) : o.end().format(DATE_TIME));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void phraseReadsAsTheTableSays(Row row) {
        String actual = render(DutchDates.read(row.phrase(), row.reference()), row.reference());
        boolean passes = actual.equals(row.expected());
        if (passes) {
            PASSED.add(row.toString());
        }
        if (!row.mustPass()) {
            UNHANDLED.add(row + " -> expected \"" + row.expected() + "\", got \"" + actual + "\""
                    + (passes ? " (passes now: mark it ok)" : ""));
            return;
        }
        assertThat(actual).as("line %d: \"%s\" (reference %s)", row.line(), row.phrase(), row.reference())
                .isEqualTo(row.expected());
    }

    @Test
    void atLeast150PhrasesAndTwentyThatYieldNothing() throws IOException {
        List<Row> rows = rows().toList();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(150);
        assertThat(rows.stream().filter(r -> r.expected().equals("none"))).hasSizeGreaterThanOrEqualTo(20);
        assertThat(rows.stream().filter(Row::mustPass).count()).as("rows that must pass")
                .isGreaterThanOrEqualTo(Math.round(rows.size() * 0.95));
    }

    @AfterAll
    static void report() throws IOException {
        long total = rows().count();
        System.out.printf("Dutch date phrases handled: %d/%d (%.1f%%)%n", PASSED.size(), total,
                100.0 * PASSED.size() / total);
        System.out.println("Known unhandled (" + UNHANDLED.size() + "):");
        UNHANDLED.forEach(u -> System.out.println("  " + u));
    }
}
