package nl.bijeen.connectors.ical;

import static nl.bijeen.connectors.Fixtures.AMSTERDAM;
import static nl.bijeen.connectors.Fixtures.amsterdam;
import static nl.bijeen.connectors.Fixtures.document;
import static nl.bijeen.connectors.Fixtures.settings;
import static nl.bijeen.connectors.Fixtures.titled;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import nl.bijeen.connectors.Fixtures;
import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.model.ParseResult;
import nl.bijeen.connectors.spi.ConnectorException;
import nl.bijeen.connectors.spi.Document;

/** Calendars from the wild that break the rules in small ways. */
class ICalEdgeCasesTest {

    private final ICalConnector connector = new ICalConnector();

    private ParseResult parseLines(String... lines) throws ConnectorException {
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//NL\r\n" + String.join("\r\n", lines)
                + "\r\nEND:VCALENDAR\r\n";
        return connector.parse(new Document(URI.create("https://www.example.nl/agenda.ics"), "text/calendar",
                ics.getBytes(StandardCharsets.UTF_8)), settings());
    }

    @Test
    void customTzidWithVtimezoneMatchingTheSourceZoneIsReadInThatZone() throws Exception {
        ParseResult result = parseLines("BEGIN:VTIMEZONE", "TZID:Amsterdam\\, Berlijn\\, Rome",
                "BEGIN:STANDARD", "DTSTART:19701025T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:19700329T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT",
                "END:VTIMEZONE",
                "BEGIN:VEVENT", "UID:eigen-zone", "SUMMARY:Bridgemiddag",
                "DTSTART;TZID=\"Amsterdam\\, Berlijn\\, Rome\":20260415T133000", "END:VEVENT");

        assertThat(titled(result, "Bridgemiddag").schedule().occurrences().getFirst().start())
                .isEqualTo(amsterdam(2026, 4, 15, 13, 30));
    }

    @Test
    void vendorPrefixedTzidNamesItsIanaZone() throws Exception {
        ParseResult result = parseLines("BEGIN:VEVENT", "UID:mozilla", "SUMMARY:Volksdansen",
                "DTSTART;TZID=/mozilla.org/20050126_1/Europe/Amsterdam:20260416T193000", "END:VEVENT");

        assertThat(titled(result, "Volksdansen").schedule().occurrences().getFirst().start())
                .isEqualTo(amsterdam(2026, 4, 16, 19, 30));
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void allDayRecurringEventExpandsByDate() throws Exception {
        ParseResult result = parseLines("BEGIN:VEVENT", "UID:oud-papier", "SUMMARY:Oud papier ophalen",
                "DTSTART;VALUE=DATE:20260102", "RRULE:FREQ=MONTHLY;BYDAY=1FR;COUNT=6", "END:VEVENT");

        var schedule = titled(result, "Oud papier ophalen").schedule();
        assertThat(schedule.allDay()).isTrue();
        assertThat(schedule.occurrences()).extracting(o -> o.start().toLocalDate()).containsExactly(
                LocalDate.of(2026, 4, 3), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 5));
        assertThat(schedule.occurrences().getFirst())
                .isEqualTo(new Occurrence(amsterdam(2026, 4, 3, 0, 0), amsterdam(2026, 4, 4, 0, 0), false));
    }

    @Test
    void rdatesAddOccurrencesToTheSeries() throws Exception {
        ParseResult result = parseLines("BEGIN:VEVENT", "UID:spreekuur", "SUMMARY:Spreekuur wijkagent",
                "DTSTART;TZID=Europe/Amsterdam:20260312T090000", "DURATION:PT1H",
                "RDATE;TZID=Europe/Amsterdam:20260326T090000,20260409T110000", "END:VEVENT");

        assertThat(titled(result, "Spreekuur wijkagent").schedule().occurrences()).containsExactly(
                new Occurrence(amsterdam(2026, 3, 12, 9, 0), amsterdam(2026, 3, 12, 10, 0), false),
                new Occurrence(amsterdam(2026, 3, 26, 9, 0), amsterdam(2026, 3, 26, 10, 0), false),
                new Occurrence(amsterdam(2026, 4, 9, 11, 0), amsterdam(2026, 4, 9, 12, 0), false));
    }

    @Test
    void exdateGivenAsADateExcludesThatDayOfATimedSeries() throws Exception {
        ParseResult result = parseLines("BEGIN:VEVENT", "UID:jeu", "SUMMARY:Jeu de boules",
                "DTSTART;TZID=Europe/Amsterdam:20260311T140000", "RRULE:FREQ=WEEKLY;COUNT=3",
                "EXDATE;VALUE=DATE:20260318", "END:VEVENT");

        assertThat(titled(result, "Jeu de boules").schedule().occurrences()).extracting(Occurrence::start)
                .containsExactly(amsterdam(2026, 3, 11, 14, 0), amsterdam(2026, 3, 25, 14, 0));
    }

    @Test
    void seriesThatStartedYearsAgoStillExpandsFromToday() throws Exception {
        ParseResult result = parseLines("BEGIN:VEVENT", "UID:koor", "SUMMARY:Repetitie gemengd koor",
                "DTSTART;TZID=Europe/Amsterdam:20120104T200000", "DTEND;TZID=Europe/Amsterdam:20120104T220000",
                "RRULE:FREQ=WEEKLY;BYDAY=WE", "END:VEVENT");

        List<Occurrence> occurrences = titled(result, "Repetitie gemengd koor").schedule().occurrences();
        assertThat(occurrences.getFirst().start()).isEqualTo(amsterdam(2026, 3, 11, 20, 0));
        assertThat(occurrences.getLast().start()).isEqualTo(amsterdam(2026, 6, 3, 20, 0));
        assertThat(occurrences).hasSize(13);
    }

    @Test
    void eventsWithTheSameUidAndNoRecurrenceIdAreMergedIntoOneActivity() throws Exception {
        ParseResult result = parseLines(
                "BEGIN:VEVENT", "UID:yoga", "SUMMARY:Stoelyoga", "DTSTART:20260316T100000", "END:VEVENT",
                "BEGIN:VEVENT", "UID:yoga", "SUMMARY:Stoelyoga", "DTSTART:20260323T100000", "END:VEVENT");

        assertThat(result.activities()).singleElement().satisfies(yoga -> assertThat(yoga.schedule().occurrences())
                .extracting(Occurrence::start)
                .containsExactly(amsterdam(2026, 3, 16, 10, 0), amsterdam(2026, 3, 23, 10, 0)));
    }

    @Test
    void eventWithoutUidGetsAKeyThatIsStableAcrossCrawls() throws Exception {
        String[] lines = {"BEGIN:VEVENT", "SUMMARY:Klaverjassen", "DTSTART:20260320T193000", "END:VEVENT"};

        String first = parseLines(lines).activities().getFirst().sourceItemId();
        assertThat(parseLines(lines).activities().getFirst().sourceItemId()).isEqualTo(first).startsWith("sha1:");
    }

    @Test
    void truncatedDownloadKeepsTheEventsReadBeforeTheBreak() throws Exception {
        String cut = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:heel\r\nSUMMARY:Sjoelen\r\n"
                + "DTSTART:20260318T140000\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:half\r\nSUMMARY:Dammen\r\nDTST";
        ParseResult result = connector.parse(new Document(URI.create("https://www.example.nl/a.ics"), "text/calendar",
                cut.getBytes(StandardCharsets.UTF_8)), settings());

        assertThat(result.activities()).extracting(a -> a.title()).containsExactly("Sjoelen");
        assertThat(result.warnings()).singleElement()
                .satisfies(w -> assertThat(w.message()).startsWith("the calendar could not be read to the end"));
    }

    @Test
    void ruleTooCostlyToExpandKeepsTheFirstDateWithAWarning() throws Exception {
        long started = System.nanoTime();
        ParseResult result = parseLines(
                "BEGIN:VEVENT", "UID:elke-seconde", "SUMMARY:Storing", "DTSTART:20000101T000000",
                "RRULE:FREQ=SECONDLY;COUNT=100000000", "END:VEVENT",
                "BEGIN:VEVENT", "UID:elk-uur", "SUMMARY:Uurtje", "DTSTART:19000101T000000",
                "RRULE:FREQ=HOURLY;COUNT=100000000", "END:VEVENT");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(titled(result, "Storing").schedule().occurrences()).extracting(Occurrence::start)
                .containsExactly(amsterdam(2000, 1, 1, 0, 0));
        assertThat(titled(result, "Uurtje").schedule().occurrences()).hasSize(1);
        assertThat(result.warnings()).extracting(w -> w.itemRef()).containsExactly("elke-seconde", "elk-uur");
        assertThat(result.warnings().getFirst().message()).contains("every second");
    }

    @Test
    void byteOrderMarkBeforeTheCalendarIsIgnored() throws Exception {
        byte[] ics = "\uFEFFBEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:bom\r\nSUMMARY:Koersbal\r\n"
                .concat("DTSTART:20260319T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").getBytes(StandardCharsets.UTF_8);
        ParseResult result = connector.parse(new Document(URI.create("https://www.example.nl/a.ics"), null, ics), settings());

        assertThat(result.activities()).extracting(a -> a.title()).containsExactly("Koersbal");
    }

    @Test
    void parsingIsSafeForConcurrentUse() throws Exception {
        Document calendar = document("ical/google-wijkagenda.ics", "https://www.example.nl/a.ics", "text/calendar");
        ParseResult expected = connector.parse(calendar, settings());
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<ParseResult>> results = pool.invokeAll(java.util.Collections.nCopies(32,
                    () -> connector.parse(calendar, settings(AMSTERDAM, Duration.ofDays(90), Fixtures.NOW))));
            for (Future<ParseResult> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        }
    }

    @Test
    void rulesThatNeverMatchAreFlaggedAsTruncatedQuickly() throws Exception {
        long started = System.nanoTime();
        ParseResult result = parseLines(
                "BEGIN:VEVENT", "UID:nooit-maandelijks", "SUMMARY:Ledenavond", "DTSTART:20260301T200000",
                "RRULE:FREQ=MONTHLY;BYMONTHDAY=1;BYDAY=2SU", "END:VEVENT",
                "BEGIN:VEVENT", "UID:nooit-dagelijks", "SUMMARY:Schrikkeldag", "DTSTART:20250101T090000",
                "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "END:VEVENT",
                "BEGIN:VEVENT", "UID:nooit-elk-uur", "SUMMARY:Uurmelding", "DTSTART:20250101T090000",
                "RRULE:FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=31", "END:VEVENT",
                "BEGIN:VEVENT", "UID:afgelopen", "SUMMARY:Cursus vorig jaar", "DTSTART:20250106T190000",
                "RRULE:FREQ=WEEKLY;COUNT=5", "END:VEVENT");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(result.activities()).allSatisfy(a -> assertThat(a.schedule().occurrences()).hasSize(1));
        // A series that simply ended is no mistake and gets no warning.
        assertThat(result.warnings()).extracting(w -> w.itemRef())
                .containsExactly("nooit-maandelijks", "nooit-dagelijks", "nooit-elk-uur");
        assertThat(result.warnings()).allSatisfy(w -> assertThat(w.message()).contains("never yields a date", "truncated"));
    }

    @Test
    void seriesCutByTheCapNamesItsUidAndSaysTruncated() throws Exception {
        ParseResult result = parseLines("BEGIN:VEVENT", "UID:elk-kwartier", "SUMMARY:Rondleiding",
                "DTSTART:20260310T090000", "RRULE:FREQ=DAILY;BYHOUR=9,10,11,12,13,14;BYMINUTE=0,15,30,45", "END:VEVENT");

        assertThat(titled(result, "Rondleiding").schedule().occurrences()).hasSize(RecurrenceExpander.MAX_OCCURRENCES);
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.itemRef()).isEqualTo("elk-kwartier");
            assertThat(w.message()).isEqualTo("recurring event \"elk-kwartier\" has more than 500 dates in the coming "
                    + "period: the series is truncated to the first 500");
        });
    }

    @Test
    void lowercaseComponentLinesAreRead() throws Exception {
        byte[] ics = "begin:vcalendar\nbegin:vevent\nuid:klein\nsummary:Boekenruil\ndtstart:20260312T100000\n"
                .concat("end:vevent\nend:vcalendar\n").getBytes(StandardCharsets.UTF_8);
        ParseResult result = connector.parse(new Document(URI.create("https://www.example.nl/a.ics"), null, ics), settings());

        assertThat(titled(result, "Boekenruil").schedule().occurrences()).extracting(Occurrence::start)
                .containsExactly(amsterdam(2026, 3, 12, 10, 0));
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void declaredCharsetOtherThanUtf8IsUsedWithoutWarning() throws Exception {
        byte[] ics = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:cafe\r\nSUMMARY:Café-avond\r\nDTSTART:20260312T200000\r\n"
                .concat("END:VEVENT\r\nEND:VCALENDAR\r\n").getBytes(StandardCharsets.ISO_8859_1);
        ParseResult result = connector.parse(new Document(URI.create("https://www.example.nl/a.ics"),
                "text/calendar; charset=ISO-8859-1", ics), settings());

        assertThat(result.activities()).extracting(a -> a.title()).containsExactly("Café-avond");
        assertThat(result.warnings()).isEmpty();
    }
}
