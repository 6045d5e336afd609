package nl.bijeen.connectors.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.bijeen.connectors.text.DateMention;
import nl.bijeen.connectors.text.DutchDates;

/**
 * The long repetitive texts among the seeds of {@link DutchDatesFuzzTest} (ten thousand characters of day names or
 * of "1-", the shapes that make a regex backtrack): read well within the time limit, and no date is made up.
 */
class DutchDatesHostileInputsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"many-day-names.txt", "many-digits.txt"})
    void longRepetitiveTextIsReadQuicklyAndNamesNoDate(String seed) throws Exception {
        String text = Seeds.text(DutchDatesFuzzTest.class, "anyText", seed);

        List<DateMention> mentions = Bounded.within(Bounded.PER_DOCUMENT,
                () -> DutchDates.find(text, LocalDate.of(2026, 3, 10)));

        assertThat(mentions).isEmpty();
    }
}
