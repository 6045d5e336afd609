package nl.bijeen.connectors.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bijeen.connectors.Fixtures;
import nl.bijeen.connectors.ical.ICalConnector;
import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.model.ParseResult;
import nl.bijeen.connectors.model.Warning;
import nl.bijeen.connectors.spi.Document;

/** The hostile calendars among the seeds of {@link ICalFuzzTest}, each with its exact outcome. */
class ICalHostileInputsTest {

    private static final ICalConnector CONNECTOR = new ICalConnector();

    @Test
    void calendarWithoutAnyEndLineIsRepairedEventByEventWithAWarning() throws Exception {
        ParseResult result = parse("truncated-no-end-lines.ics");

        assertThat(result.activities()).extracting(ActivityDraft::title)
                .containsExactly("Koffieochtend", "Bingo voor ouderen");
        assertThat(Fixtures.titled(result, "Bingo voor ouderen").schedule().occurrences()).containsExactly(
                new Occurrence(Fixtures.amsterdam(2026, 3, 20, 14, 0), null, false));
        assertThat(result.warnings()).containsExactly(new Warning(null, "the calendar never closes its events"
                + " (no END:VEVENT): each event is taken to end where the next one begins"));
    }

    @Test
    void everySecondForABillionTimesIsRefusedWithAWarningAndKeepsItsFirstDate() throws Exception {
        ParseResult result = parse("rrule-secondly-billion.ics");

        ActivityDraft activity = Fixtures.titled(result, "Inloopspreekuur");
        assertThat(activity.schedule().occurrences()).containsExactly(
                new Occurrence(Fixtures.amsterdam(2026, 3, 12, 10, 0), Fixtures.amsterdam(2026, 3, 12, 11, 0), false));
        assertThat(result.warnings()).containsExactly(new Warning("elke-seconde@dekern-katwijk.nl",
                "the repetition of event \"elke-seconde@dekern-katwijk.nl\" could not be read (it repeats every second,"
                        + " more often than any activity): the series is truncated to its first date"));
    }

    @Test
    void monthlyRuleThatNoDayCanMeetEndsQuicklyWithOnlyItsFirstDate() throws Exception {
        ParseResult result = parse("rrule-monthly-bymonthday-byday.ics");

        ActivityDraft activity = Fixtures.titled(result, "Zondagmiddagconcert");
        assertThat(activity.schedule().occurrences()).containsExactly(
                new Occurrence(Fixtures.amsterdam(2026, 3, 1, 15, 0), Fixtures.amsterdam(2026, 3, 1, 17, 0), false));
        assertThat(result.warnings()).extracting(Warning::message).singleElement().asString()
                .contains("never yields a date").contains("truncated");
    }

    @Test
    void ordinarySeriesSeedIsReadCompletely() throws Exception {
        ParseResult result = parse("weekly-with-exdate-and-override.ics");

        List<Occurrence> occurrences = Fixtures.titled(result, "Stoelyoga").schedule().occurrences();
        assertThat(occurrences).hasSize(10);
        assertThat(occurrences).filteredOn(Occurrence::cancelled).extracting(Occurrence::start)
                .containsExactly(Fixtures.amsterdam(2026, 3, 24, 20, 0));
        assertThat(result.warnings()).isEmpty();
    }

    private static ParseResult parse(String seed) throws Exception {
        return ConnectorProperties.parseBounded(CONNECTOR, "text/calendar", seed(seed).body()).orElseThrow();
    }

    private static Document seed(String name) {
        return new Document(ConnectorProperties.URL, "text/calendar", Seeds.bytes(ICalFuzzTest.class, "anyCalendar", name));
    }
}
