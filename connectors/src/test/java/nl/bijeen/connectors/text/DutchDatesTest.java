package nl.bijeen.connectors.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class DutchDatesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 5);

    private static DateMention only(String text) {
        var mentions = DutchDates.find(text, PUBLISHED);
        assertThat(mentions).as("dates in \"%s\"", text).hasSize(1);
        return mentions.getFirst();
    }

    @Test
    void fullWeekdayDayMonthAndYear() {
        assertThat(only("Op zaterdag 14 maart 2026 is het buurtfeest"))
                .isEqualTo(new DateMention(LocalDate.of(2026, 3, 14), null, null));
    }

    @Test
    void abbreviatedWeekdayWithoutYearTakesTheNextSuchDay() {
        assertThat(only("za 14 maart")).isEqualTo(new DateMention(LocalDate.of(2026, 3, 14), null, null));
        assertThat(only("wo 4 maart")).isEqualTo(new DateMention(LocalDate.of(2027, 3, 4), null, null));
    }

    @Test
    void timeRangeWithDotsAndUur() {
        assertThat(only("14 maart 2026, 14.00-16.00 uur"))
                .isEqualTo(new DateMention(LocalDate.of(2026, 3, 14), LocalTime.of(14, 0), LocalTime.of(16, 0)));
    }

    @Test
    void numericDateWithOm() {
        assertThat(only("14-03-2026 om 10:00"))
                .isEqualTo(new DateMention(LocalDate.of(2026, 3, 14), LocalTime.of(10, 0), null));
    }

    @Test
    void abbreviatedMonthWithDotAndDashRange() {
        assertThat(only("di 24 nov. 10.00 – 12.00 uur"))
                .isEqualTo(new DateMention(LocalDate.of(2026, 11, 24), LocalTime.of(10, 0), LocalTime.of(12, 0)));
    }

    @Test
    void hoursWithUAndTot() {
        assertThat(only("vrijdag 3 april van 14 tot 16 uur"))
                .isEqualTo(new DateMention(LocalDate.of(2026, 4, 3), LocalTime.of(14, 0), LocalTime.of(16, 0)));
        assertThat(only("3 april 2026 14u"))
                .isEqualTo(new DateMention(LocalDate.of(2026, 4, 3), LocalTime.of(14, 0), null));
    }

    @Test
    void numbersThatAreNoTimesAreNotReadAsTimes() {
        assertThat(only("3 april 2026, 12 deelnemers"))
                .isEqualTo(new DateMention(LocalDate.of(2026, 4, 3), null, null));
    }

    @Test
    void impossibleDatesAndTextWithoutDatesGiveNothing() {
        assertThat(DutchDates.find("31 februari 2026", PUBLISHED)).isEmpty();
        assertThat(DutchDates.find("Elke week op afspraak, bel 071-1234567", PUBLISHED)).isEmpty();
        assertThat(DutchDates.find("Kosten 14,50 euro", PUBLISHED)).isEmpty();
    }

    @Test
    void runOfDaysWithoutTimesIsOneAllDaySpan() {
        DateMention kunstroute = only("Kunstroute za 14 t/m zo 15 maart 2026");
        assertThat(kunstroute).isEqualTo(new DateMention(LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 15), null, null));
        assertThat(kunstroute.toOccurrence(java.time.ZoneId.of("Europe/Amsterdam")).end().toLocalDate())
                .isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(only("Tentoonstelling 28 maart – 2 april"))
                .isEqualTo(new DateMention(LocalDate.of(2026, 3, 28), LocalDate.of(2026, 4, 2), null, null));
    }

    @Test
    void shortRunWithTimesIsOneOccurrencePerDay() {
        assertThat(DutchDates.find("Boekenmarkt 14 t/m 16 maart, 10.00-17.00 uur", PUBLISHED)).containsExactly(
                new DateMention(LocalDate.of(2026, 3, 14), LocalTime.of(10, 0), LocalTime.of(17, 0)),
                new DateMention(LocalDate.of(2026, 3, 15), LocalTime.of(10, 0), LocalTime.of(17, 0)),
                new DateMention(LocalDate.of(2026, 3, 16), LocalTime.of(10, 0), LocalTime.of(17, 0)));
    }

    @Test
    void deadlinesAreNotTheActivitysDate() {
        assertThat(only("Aanmelden vóór dinsdag 10 maart. De cursus begint op 17 maart 2026 om 19.30 uur."))
                .isEqualTo(new DateMention(LocalDate.of(2026, 3, 17), LocalTime.of(19, 30), null));
        assertThat(DutchDates.find("Opgeven kan tot 1 april bij de balie.", PUBLISHED)).isEmpty();
        assertThat(only("Middag voor senioren op 14 maart"))
                .isEqualTo(new DateMention(LocalDate.of(2026, 3, 14), null, null));
    }

    @Test
    void endBeforeStartRunsPastMidnight() {
        DateMention nacht = only("za 14 maart 22.00-01.00 uur");
        assertThat(nacht.toOccurrence(java.time.ZoneId.of("Europe/Amsterdam")).end())
                .isEqualTo(java.time.ZonedDateTime.of(2026, 3, 15, 1, 0, 0, 0, java.time.ZoneId.of("Europe/Amsterdam")));
    }
}
