package nl.bijeen.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/**
 * axe-core finds no WCAG 2.1 A or AA violations on the pages residents use. The maps are checked with Leaflet
 * loaded (markers, controls), while their tiles cannot load.
 */
@MicronautTest
class PagesPassAxeTest extends DemoWorldInBrowser {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Test
    void homePageHasNoViolations() {
        assertNoViolations("/");
    }

    @Test
    void resultsAsAListHaveNoViolations() {
        assertNoViolations("/?q=koffie");
    }

    @Test
    void resultsAsPhotoCardsHaveNoViolations() {
        assertNoViolations("/?q=koffie&weergave=fotos");
    }

    @Test
    void resultsOnAMapHaveNoViolations() {
        assertNoViolations("/?q=koffie&weergave=kaart");
    }

    @Test
    void resultsWithTheFilterFormOpenHaveNoViolations() {
        assertNoViolations("/?q=koffie&date=this-week&cost=gratis");
    }

    @Test
    void activityPageHasNoViolations() {
        assertNoViolations(firstActivityPage());
    }

    @Test
    void organiserPageHasNoViolations() {
        open(firstActivityPage());
        String organiser = browser.findElement(By.cssSelector("a[href^='/organisatie/']")).getAttribute("href");
        assertNoViolations(organiser.substring(organiser.indexOf("/organisatie/")));
    }

    @Test
    void largestTextSizeHasNoViolations() {
        assertNoViolations("/?q=koffie&tekst=grootst");
    }

    private String firstActivityPage() {
        open("/?q=koffie");
        String href = browser.findElement(By.cssSelector("ol.results h2 a")).getAttribute("href");
        return href.substring(href.indexOf("/activiteit/"));
    }

    private void assertNoViolations(String page) {
        open(page);
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        System.out.printf("axe %s: %d rules passed, %d violations, %d incomplete%n", page,
                results.getPasses().size(), results.getViolations().size(), results.getIncomplete().size());
        assertThat(results.getViolations()).as("axe violations on %s:%n%s", page, describe(results.getViolations()))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
