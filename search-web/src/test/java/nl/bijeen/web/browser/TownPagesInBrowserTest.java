package nl.bijeen.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/**
 * A resident in headless Chromium over the demo world: the Wijkwebsites page with a link to each site that really
 * leads there, the Over de stad page of the town and of a wijk, each without axe-core WCAG 2.1 A/AA violations.
 */
@MicronautTest
class TownPagesInBrowserTest extends DemoWorldInBrowser {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Test
    void wijkwebsitesListTheDemoSitesAndHaveNoViolations() {
        assertNoViolations("/wijkwebsites");

        List<WebElement> cards = browser.findElements(By.cssSelector(".site-cards > li"));
        assertThat(cards).hasSize((int) aggregator.sources().stream().filter(s -> s.enabled()).count());
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Buurthuis De Kern")
                .contains("Meld uw website aan");
    }

    @Test
    void aSiteLinkLeadsToTheSiteItself() {
        open("/wijkwebsites");
        String href = browser.findElement(By.cssSelector("a.site-link")).getAttribute("href");

        go(By.cssSelector("a.site-link"));

        assertThat(browser.getCurrentUrl()).isEqualTo(href);
        assertThat(browser.findElement(By.tagName("body")).getText()).isNotBlank()
                .doesNotContain("Niet gevonden");
    }

    @Test
    void theTownPageShowsItsNumbersPerWijkAndHasNoViolations() {
        assertNoViolations("/over-de-stad/katwijk");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Katwijk");
        assertThat(browser.findElements(By.cssSelector(".number-tiles li"))).hasSize(5);
        assertThat(browser.findElements(By.cssSelector("table.wijk-numbers tbody tr"))).hasSizeGreaterThan(1);
    }

    @Test
    void aWijkPageReachedFromTheTownPageHasNoViolations() {
        open("/over-de-stad/katwijk");
        String wijk = browser.findElement(By.cssSelector("table.wijk-numbers tbody th a")).getText();
        go(By.cssSelector("table.wijk-numbers tbody th a"));
        String path = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/over-de-stad/"));

        assertNoViolations(path);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(wijk);
    }

    @Test
    void theOverviewOfTownsHasNoViolations() {
        assertNoViolations("/over-de-stad");
    }

    private void assertNoViolations(String page) {
        open(page);
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        assertThat(results.getViolations()).as("axe violations on %s:%n%s", page, describe(results.getViolations()))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
