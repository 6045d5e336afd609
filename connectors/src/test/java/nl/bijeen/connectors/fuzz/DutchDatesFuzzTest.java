package nl.bijeen.connectors.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

import nl.bijeen.connectors.text.DateMention;
import nl.bijeen.connectors.text.DutchDates;

/**
 * Any text (bytes read as UTF-8) through the Dutch date reader: no exception at all, within the time limit, and
 * never more mentions than the text has characters. Seeds and findings:
 * src/test/resources/nl/bijeen/connectors/fuzz/DutchDatesFuzzTestInputs/anyText/.
 */
class DutchDatesFuzzTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 3, 10);

    @FuzzTest(maxDuration = "2m")
    void anyText(byte[] input) throws Exception {
        String text = new String(input, StandardCharsets.UTF_8);
        List<DateMention> mentions = Bounded.within(Bounded.UNDER_JAZZER, () -> DutchDates.find(text, REFERENCE));
        assertThat(mentions.size()).isLessThanOrEqualTo(text.length());
    }
}
