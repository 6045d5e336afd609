package nl.bijeen.connectors.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

import nl.bijeen.connectors.model.Description;
import nl.bijeen.connectors.text.HtmlSanitizer;

/**
 * Any published description (bytes read as UTF-8) through the sanitiser: no exception, within the time limit, and
 * nothing live in the HTML it returns (see {@link SafeHtml}). Seeds and findings, among them the XSS vectors of
 * {@link SanitizerXssVectorsTest}: src/test/resources/nl/bijeen/connectors/fuzz/HtmlSanitizerFuzzTestInputs/anyDescription/.
 */
class HtmlSanitizerFuzzTest {

    private static final URI BASE = URI.create("https://www.buurthuis-fuzz.nl/agenda/");

    @FuzzTest(maxDuration = "2m")
    void anyDescription(byte[] input) throws Exception {
        String published = new String(input, StandardCharsets.UTF_8);
        Description description = Bounded.within(Bounded.UNDER_JAZZER, () -> HtmlSanitizer.describe(published, BASE));
        SafeHtml.assertNothingLive(description.html());
        String line = Bounded.within(Bounded.UNDER_JAZZER, () -> HtmlSanitizer.singleLine(published));
        assertThat(line.length()).as("a single line is never longer than what was published")
                .isLessThanOrEqualTo(published.length());
    }
}
