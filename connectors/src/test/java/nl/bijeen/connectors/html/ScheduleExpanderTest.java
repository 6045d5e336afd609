package nl.bijeen.connectors.html;

import static nl.bijeen.connectors.Fixtures.AMSTERDAM;
import static nl.bijeen.connectors.Fixtures.NOW;
import static nl.bijeen.connectors.Fixtures.amsterdam;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.spi.SourceSettings;

/** A schema.org Schedule expanded between the fixed now (Tuesday 10 March 2026, 11:00) and the horizon. */
class ScheduleExpanderTest {

    private final List<String> warnings = new ArrayList<>();

    private List<Occurrence> expand(String scheduleJson, Duration horizon) throws Exception {
        SourceSettings settings = new SourceSettings("bron", "auto", AMSTERDAM, horizon, NOW);
        return new ScheduleExpander(new ObjectMapper().readTree(scheduleJson), settings, new ObjectMapper().createObjectNode())
                .occurrences(false, warnings::add);
    }

    private List<ZonedDateTime> starts(String scheduleJson, Duration horizon) throws Exception {
        return expand(scheduleJson, horizon).stream().map(Occurrence::start).toList();
    }

    @Test
    void everyOtherWeekCountsWeeksFromTheStartDate() throws Exception {
        assertThat(starts("{\"repeatFrequency\":\"P2W\",\"byDay\":[\"Monday\",\"https://schema.org/Friday\"],"
                + "\"startDate\":\"2026-03-02\",\"startTime\":\"09:00\"}", Duration.ofDays(21))).containsExactly(
                amsterdam(2026, 3, 16, 9, 0), amsterdam(2026, 3, 20, 9, 0), amsterdam(2026, 3, 30, 9, 0));
        assertThat(warnings).isEmpty();
    }

    @Test
    void monthlyOnDaysOfTheMonthAndOnTheLastFridayOfTheMonth() throws Exception {
        assertThat(starts("{\"repeatFrequency\":\"P1M\",\"byMonthDay\":[1,15],\"startTime\":\"14:00\"}",
                Duration.ofDays(40))).containsExactly(amsterdam(2026, 3, 15, 14, 0), amsterdam(2026, 4, 1, 14, 0),
                amsterdam(2026, 4, 15, 14, 0));
        assertThat(starts("{\"repeatFrequency\":\"P1M\",\"byDay\":\"Friday\",\"byMonthWeek\":-1,\"startTime\":\"20:00\"}",
                Duration.ofDays(90))).containsExactly(amsterdam(2026, 3, 27, 20, 0), amsterdam(2026, 4, 24, 20, 0),
                amsterdam(2026, 5, 29, 20, 0));
    }

    @Test
    void repeatCountCountsFromTheStartDateAndExceptDatesStillCount() throws Exception {
        assertThat(starts("{\"repeatFrequency\":\"P1W\",\"startDate\":\"2026-03-03\",\"repeatCount\":4,"
                + "\"exceptDate\":[\"2026-03-17T10:00:00+01:00\"],\"startTime\":\"12:00\"}", Duration.ofDays(90)))
                .containsExactly(amsterdam(2026, 3, 10, 12, 0), amsterdam(2026, 3, 24, 12, 0));
    }

    @Test
    void anEveningThatHasAlreadyEndedBeforeNowIsLeftOutAndEndTimeOrDurationGivesTheEnd() throws Exception {
        assertThat(expand("{\"repeatFrequency\":\"P1D\",\"startTime\":\"08:00\",\"endTime\":\"09:00\"}", Duration.ofDays(2)))
                .containsExactly(new Occurrence(amsterdam(2026, 3, 11, 8, 0), amsterdam(2026, 3, 11, 9, 0), false),
                        new Occurrence(amsterdam(2026, 3, 12, 8, 0), amsterdam(2026, 3, 12, 9, 0), false));
        assertThat(expand("{\"repeatFrequency\":\"daily\",\"startTime\":\"10:30\",\"duration\":\"PT1H\"}", Duration.ofHours(20)))
                .containsExactly(new Occurrence(amsterdam(2026, 3, 10, 10, 30), amsterdam(2026, 3, 10, 11, 30), false));
    }

    @Test
    void scheduleTimezoneIsTheZoneOfTheTimes() throws Exception {
        ZoneId london = ZoneId.of("Europe/London");
        assertThat(starts("{\"repeatFrequency\":\"P1W\",\"byDay\":\"Thursday\",\"startTime\":\"18:00\","
                + "\"scheduleTimezone\":\"Europe/London\"}", Duration.ofDays(7)))
                .containsExactly(ZonedDateTime.of(2026, 3, 12, 18, 0, 0, 0, london));
    }

    @Test
    void moreDatesThanTheCapAreCutWithAWarning() throws Exception {
        assertThat(expand("{\"repeatFrequency\":\"P1D\",\"startTime\":\"12:00\"}", Duration.ofDays(800)))
                .hasSize(ScheduleExpander.MAX_OCCURRENCES);
        assertThat(warnings).containsExactly("its eventSchedule gives more than 500 dates: only the first 500 are read");
    }

    @Test
    void anUnreadableFrequencyGivesNoDatesAndAWarning() throws Exception {
        assertThat(expand("{\"repeatFrequency\":\"soms\",\"byDay\":\"Monday\"}", Duration.ofDays(30))).isEmpty();
        assertThat(warnings).containsExactly("its eventSchedule has no readable repeatFrequency (\"soms\"): skipped");
    }

    @Test
    void withoutStartTimeTheEventsOwnStartAndEndTimesAreUsed() throws Exception {
        ObjectMapper json = new ObjectMapper();
        SourceSettings settings = new SourceSettings("bron", "auto", AMSTERDAM, Duration.ofDays(7), NOW);
        ScheduleExpander expander = new ScheduleExpander(json.readTree("{\"repeatFrequency\":\"P1W\",\"byDay\":\"Wednesday\"}"),
                settings, json.readTree("{\"startDate\":\"2026-03-04T19:00\",\"endDate\":\"2026-03-04T21:00\"}"));

        assertThat(expander.occurrences(false, warnings::add))
                .containsExactly(new Occurrence(amsterdam(2026, 3, 11, 19, 0), amsterdam(2026, 3, 11, 21, 0), false));
        assertThat(expander.allDay()).isFalse();
    }

    @Test
    void withoutAnyTimeTheDatesAreWholeDaysAndTodayStillCounts() throws Exception {
        ObjectMapper json = new ObjectMapper();
        SourceSettings settings = new SourceSettings("bron", "auto", AMSTERDAM, Duration.ofDays(7), NOW);
        ScheduleExpander expander = new ScheduleExpander(json.readTree("{\"repeatFrequency\":\"P1W\",\"byDay\":\"Tuesday\"}"),
                settings, json.createObjectNode());

        assertThat(expander.occurrences(true, warnings::add))
                .containsExactly(new Occurrence(amsterdam(2026, 3, 10, 0, 0), amsterdam(2026, 3, 11, 0, 0), true),
                        new Occurrence(amsterdam(2026, 3, 17, 0, 0), amsterdam(2026, 3, 18, 0, 0), true));
        assertThat(expander.allDay()).isTrue();
    }
}
