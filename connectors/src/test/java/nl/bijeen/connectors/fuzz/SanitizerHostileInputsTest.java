package nl.bijeen.connectors.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.bijeen.connectors.model.Description;
import nl.bijeen.connectors.text.HtmlSanitizer;

/**
 * The known XSS vectors (jsoup's and OWASP's cheat-sheet families: script, event handlers, script URLs however
 * encoded, svg, iframe/object/base/meta, style expressions, mXSS nesting, unclosed attributes) are seeds of
 * {@link HtmlSanitizerFuzzTest}; here each one is checked by name: nothing live survives the sanitiser.
 */
class SanitizerHostileInputsTest {

    private static final URI BASE = URI.create("https://www.buurthuis-fuzz.nl/agenda/");
    private static final String METHOD = "anyDescription";

    static List<String> xssVectors() {
        return Seeds.named(HtmlSanitizerFuzzTest.class, METHOD, "xss-");
    }

    @Test
    void atLeastThirtyVectorsAreChecked() {
        assertThat(xssVectors()).hasSizeGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xssVectors")
    void nothingLiveSurvivesTheSanitiser(String vector) throws Exception {
        String published = Seeds.text(HtmlSanitizerFuzzTest.class, METHOD, vector);

        Description description = Bounded.within(Bounded.PER_DOCUMENT, () -> HtmlSanitizer.describe(published, BASE));

        SafeHtml.assertNothingLive(description.html());
    }

    @Test
    void safeLinksAreKeptResolvedAndMarked() {
        Description description = HtmlSanitizer.describe(
                Seeds.text(HtmlSanitizerFuzzTest.class, METHOD, "xss-a-mailto-and-https-kept.html"), BASE);

        assertThat(description.html()).isEqualTo("<p>Mail <a href=\"mailto:info@dekern-katwijk.nl\" "
                + "rel=\"nofollow noopener\">ons</a> of kijk op <a href=\"https://www.dekern-katwijk.nl/agenda\" "
                + "rel=\"nofollow noopener\">de site</a></p>");
    }

    @Test
    void activeContentWithoutOtherMarkupIsRemovedRatherThanShownAsText() {
        Description frame = HtmlSanitizer.describe(Seeds.text(HtmlSanitizerFuzzTest.class, METHOD,
                "xss-iframe-javascript.html"), BASE);
        Description form = HtmlSanitizer.describe(Seeds.text(HtmlSanitizerFuzzTest.class, METHOD,
                "xss-form-formaction.html"), BASE);

        assertThat(frame).isEqualTo(Description.EMPTY);
        assertThat(form.html()).isEqualTo("x");
        assertThat(form.text()).isEqualTo("x");
    }

    @Test
    void hundredThousandNestedDivsAreReadWithoutStackOverflowWithinTwoSeconds() throws Exception {
        String published = Seeds.text(HtmlSanitizerFuzzTest.class, METHOD, "nested-divs-100000.html");

        Description description = Bounded.within(Bounded.PER_DOCUMENT, () -> HtmlSanitizer.describe(published, BASE));

        assertThat(description.text()).isEqualTo("Een hele diepe beschrijving");
        SafeHtml.assertNothingLive(description.html());
    }
}
