package nl.bijeen.connectors.html.recipe;

import static nl.bijeen.connectors.Fixtures.AMSTERDAM;
import static nl.bijeen.connectors.Fixtures.amsterdam;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bijeen.connectors.model.Occurrence;

class RecipeDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private final RecipeDates patterns = new RecipeDates(List.of("EEEE d MMMM yyyy", "d MMMM", "d-M-yyyy", "HH.mm"),
            false);

    @Test
    void dutchWeekdayAndMonthNamesAreReadWhateverTheirCase() {
        assertThat(patterns.read("Zaterdag 14 MAART 2026", "14.00", "16.30", AMSTERDAM, TODAY)).containsExactly(
                new Occurrence(amsterdam(2026, 3, 14, 14, 0), amsterdam(2026, 3, 14, 16, 30), false));
    }

    @Test
    void textAfterTheMatchIsIgnored() {
        assertThat(patterns.read("14-3-2026 (aanmelden verplicht)", "19.30 uur", null, AMSTERDAM, TODAY))
                .containsExactly(new Occurrence(amsterdam(2026, 3, 14, 19, 30), null, false));
    }

    @Test
    void dateWithoutYearIsTheNextSuchDayCountingFromAMonthAgo() {
        assertThat(patterns.read("2 maart", null, null, AMSTERDAM, TODAY).getFirst().start())
                .isEqualTo(amsterdam(2026, 3, 2, 0, 0));
        assertThat(patterns.read("5 januari", null, null, AMSTERDAM, TODAY).getFirst().start())
                .isEqualTo(amsterdam(2027, 1, 5, 0, 0));
    }

    @Test
    void dateWithoutTimeIsAWholeDayInTheRecipesZone() {
        ZoneId london = ZoneId.of("Europe/London");
        assertThat(patterns.read("1-4-2026", null, null, london, TODAY)).containsExactly(new Occurrence(
                LocalDate.of(2026, 4, 1).atStartOfDay(london), LocalDate.of(2026, 4, 2).atStartOfDay(london), false));
    }

    @Test
    void weekdayThatDoesNotMatchTheDateIsNotADate() {
        assertThat(patterns.read("maandag 14 maart 2026", null, null, AMSTERDAM, TODAY)).isEmpty();
    }

    @Test
    void endTimeWithoutStartTimeIsDropped() {
        assertThat(patterns.read("14-3-2026", null, "16.00", AMSTERDAM, TODAY)).containsExactly(
                new Occurrence(amsterdam(2026, 3, 14, 0, 0), amsterdam(2026, 3, 15, 0, 0), false));
    }

    @Test
    void dutchPhraseReaderTakesOverWhenNoPatternFits() {
        RecipeDates both = new RecipeDates(List.of("d-M-yyyy"), true);

        assertThat(both.read("za 14 mrt", "14.00-16.00 uur", null, AMSTERDAM, TODAY)).containsExactly(
                new Occurrence(amsterdam(2026, 3, 14, 14, 0), amsterdam(2026, 3, 14, 16, 0), false));
        assertThat(patterns.read("za 14 mrt", "14.00", null, AMSTERDAM, TODAY)).isEmpty();
    }

    @Test
    void dutchPhraseWithARunOfDaysGivesADailyOccurrence() {
        RecipeDates dutch = new RecipeDates(List.of(), true);

        assertThat(dutch.read("14 t/m 16 maart 2026", "10.00 - 12.00 uur", null, AMSTERDAM, TODAY)).containsExactly(
                new Occurrence(amsterdam(2026, 3, 14, 10, 0), amsterdam(2026, 3, 14, 12, 0), false),
                new Occurrence(amsterdam(2026, 3, 15, 10, 0), amsterdam(2026, 3, 15, 12, 0), false),
                new Occurrence(amsterdam(2026, 3, 16, 10, 0), amsterdam(2026, 3, 16, 12, 0), false));
    }
}
