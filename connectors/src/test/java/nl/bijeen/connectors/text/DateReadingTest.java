package nl.bijeen.connectors.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import nl.bijeen.connectors.model.Occurrence;

class DateReadingTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Tuesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 10);

    @Test
    void recurringPhraseIsARuleWithTimesNotAListOfDates() {
        DateReading reading = DutchDates.read("Koffie: elke dinsdag van 10.00 tot 12.00 uur", PUBLISHED);

        assertThat(reading.dates()).isEmpty();
        assertThat(reading.recurrence()).isEqualTo(new Recurrence(Recurrence.Frequency.WEEKLY, 1,
                java.util.List.of(DayOfWeek.TUESDAY), java.util.List.of(), java.util.Set.of(), null, null,
                LocalTime.of(10, 0), LocalTime.of(12, 0)));
        assertThat(reading.allDay()).isFalse();
    }

    @Test
    void ruleExpandsOnlyWithinTheWindowItIsGivenAndWithinItsCap() {
        DateReading reading = DutchDates.read("iedere dinsdagochtend", PUBLISHED);

        assertThat(reading.occurrences(AMSTERDAM, LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 25), 10))
                .containsExactly(
                        new Occurrence(at(2026, 3, 17, 9), at(2026, 3, 17, 12), false),
                        new Occurrence(at(2026, 3, 24, 9), at(2026, 3, 24, 12), false));
        assertThat(reading.occurrences(AMSTERDAM, PUBLISHED, PUBLISHED.plusYears(1), 3)).hasSize(3);
    }

    @Test
    void dayPartsStandForFixedHours() {
        assertThat(DutchDates.read("elke maandagochtend", PUBLISHED).recurrence().start()).isEqualTo(LocalTime.of(9, 0));
        assertThat(DutchDates.read("elke maandagmiddag", PUBLISHED).recurrence().end()).isEqualTo(LocalTime.of(17, 0));
        assertThat(DutchDates.read("elke maandagavond", PUBLISHED).recurrence())
                .extracting(Recurrence::start, Recurrence::end).containsExactly(LocalTime.of(19, 0), LocalTime.of(22, 0));
    }

    @Test
    void exceptionsThatCannotBeAppliedBecomeNotes() {
        DateReading reading = DutchDates.read("Elke dinsdag behalve in de schoolvakanties", PUBLISHED);

        assertThat(reading.notes()).containsExactly(
                "the exception \"behalve in de schoolvakanties\" is not applied: the dates include it");
    }

    @Test
    void oldExtensionPointStillGivesDatesForARuleWithinTheReadersOwnReach() {
        var mentions = new RecurringDateReader().read("wekelijks op zaterdag", PUBLISHED);

        assertThat(mentions).hasSize(8);
        assertThat(mentions.getFirst()).isEqualTo(new DateMention(LocalDate.of(2026, 3, 14), null, null));
        assertThat(mentions.getLast().date()).isBefore(PUBLISHED.plusDays(RecurringDateReader.OWN_REACH_DAYS));
    }

    @Test
    void findKeepsGivingOneOffDatesOnlyAndNowKnowsRelativeDays() {
        assertThat(DutchDates.find("elke dinsdag", PUBLISHED)).isEmpty();
        assertThat(DutchDates.find("morgen om 10 uur", PUBLISHED))
                .containsExactly(new DateMention(LocalDate.of(2026, 3, 11), LocalTime.of(10, 0), null));
    }

    @Test
    void deadlinesAndPublicationDatesAreNeverActivityDatesWhateverTheirShape() {
        assertThat(DutchDates.read("Opgeven vóór morgen bij de balie", PUBLISHED).isEmpty()).isTrue();
        assertThat(DutchDates.read("Geplaatst op 2 maart 2026 door de redactie", PUBLISHED).isEmpty()).isTrue();
        assertThat(DutchDates.read("Aanmelden uiterlijk elke vrijdag voor het weekend", PUBLISHED).isEmpty()).isTrue();
    }

    @Test
    void ruleWithoutAWeekdayMakesNoDatesAndSaysWhy() {
        DateReading reading = DutchDates.read("Elke twee weken breien", PUBLISHED);

        assertThat(reading.recurrence().namesItsDays()).isFalse();
        assertThat(reading.occurrences(AMSTERDAM, PUBLISHED, PUBLISHED.plusDays(60), 100)).isEmpty();
        assertThat(reading.notes()).containsExactly(
                "\"Elke twee weken\" says how often but not on which day: no dates could be made");
    }

    private static ZonedDateTime at(int y, int m, int d, int h) {
        return ZonedDateTime.of(y, m, d, h, 0, 0, 0, AMSTERDAM);
    }
}
