package nl.bijeen.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import nl.bijeen.web.support.Wait;

/**
 * An admin in headless Chromium writes the Over de stad page of Katwijk: previews the Markdown, adds the welfare
 * desk as a contact, saves, and residents see it. axe-core finds no WCAG 2.1 A or AA violations on the form.
 */
@MicronautTest
class AdminWritesATownPageTest extends DemoWorldInBrowser {

    private static final String ADMIN = "beheerder";
    private static final String PASSWORD = "correct paard batterij";
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        properties.put("bijeen.security.admin-username", ADMIN);
        properties.put("bijeen.security.admin-password", PASSWORD);
        return properties;
    }

    @BeforeAll
    void logIn() {
        open("/inloggen");
        browser.findElement(By.id("gebruikersnaam")).sendKeys(ADMIN);
        browser.findElement(By.id("wachtwoord")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        Wait.until("the control room after logging in", Duration.ofSeconds(10),
                () -> browser.getCurrentUrl().endsWith("/beheer"));
    }

    @Test
    void adminPreviewsSavesAndResidentsSeeTheText() {
        open("/beheer/over-de-stad");
        go(By.cssSelector("a[href='/beheer/over-de-stad/katwijk']"));
        assertNoViolations();

        browser.findElement(By.id("tekst")).sendKeys("## Samen in Katwijk\n\nKijk ook bij **het welzijnsloket**.");
        browser.findElement(By.id("c1naam")).sendKeys("Welzijnsloket Katwijk");
        browser.findElement(By.id("c1telefoon")).sendKeys("071 123 45 67");
        go(By.cssSelector("button[value=voorbeeld]"));
        assertThat(browser.findElement(By.cssSelector(".preview h2 + .page-text h2")).getText())
                .isEqualTo("Samen in Katwijk");
        assertNoViolations();
        go(By.cssSelector("button[value=opslaan]"));
        assertThat(browser.findElement(By.cssSelector("main [role=status]")).getText()).startsWith("Opgeslagen");

        open("/over-de-stad/katwijk");
        assertThat(browser.findElement(By.cssSelector(".page-text h2")).getText()).isEqualTo("Samen in Katwijk");
        assertThat(browser.findElement(By.cssSelector(".contacts h3")).getText()).isEqualTo("Welzijnsloket Katwijk");
        assertThat(browser.findElement(By.cssSelector(".contacts a[href^='tel:']")).getAttribute("href"))
                .isEqualTo("tel:0711234567");
    }

    @Test
    void theListOfPagesToEditHasNoViolations() {
        open("/beheer/over-de-stad");
        assertNoViolations();
    }

    private void assertNoViolations() {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        assertThat(results.getViolations()).as("axe violations on %s:%n%s", browser.getCurrentUrl(),
                describe(results.getViolations())).isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
