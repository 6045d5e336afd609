package nl.bijeen.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import nl.bijeen.aggregator.demo.DemoFormat;
import nl.bijeen.aggregator.demo.DemoSite;
import nl.bijeen.aggregator.demo.DemoWorld;
import nl.bijeen.aggregator.demo.DemoWorldServer;
import nl.bijeen.aggregator.owner.OwnedSource;
import nl.bijeen.web.support.DemoWorldApp;
import nl.bijeen.web.support.Wait;

/**
 * A site owner registers a demo-world site in a real browser, sees the preview, and — after an admin approved it on
 * the admin page in the same browser — the status page after the first crawl. The demo world is served a second
 * time on a port of its own, so the site is not already one of the configured demo sources.
 */
@MicronautTest
class SiteOwnerInBrowserTest extends DemoWorldInBrowser {

    private static final String ADMIN = "beheerder";
    private static final String PASSWORD = "correct paard batterij";
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final DemoWorld world = DemoWorld.load(Path.of(DemoWorldApp.configDir()));
    private final DemoWorldServer ownersCopy = DemoWorldServer.start(world, 0, Clock.systemUTC());

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        properties.put("bijeen.security.admin-username", ADMIN);
        properties.put("bijeen.security.admin-password", PASSWORD);
        return properties;
    }

    @AfterAll
    void stopTheCopy() {
        ownersCopy.close();
    }

    @Test
    void aSiteOwnerRegistersSeesThePreviewAndAfterApprovalTheFirstCrawl() {
        DemoSite site = world.sites().stream().filter(s -> s.format() == DemoFormat.ICAL).findFirst().orElseThrow();
        URI home = ownersCopy.baseUri().resolve(site.homePath());

        open("/aanmelden");
        assertAccessible("/aanmelden");
        browser.findElement(By.id("adres")).sendKeys(home.toString());
        browser.findElement(By.cssSelector("form[action='/aanmelden/voorbeeld'] button")).click();
        Wait.until("the preview", Duration.ofSeconds(20), () -> !browser.findElements(By.id("gevonden")).isEmpty());

        String found = browser.findElement(By.id("gevonden")).getText();
        assertThat(found).startsWith("Bijeen begreep").endsWith("activiteiten");
        assertThat(browser.findElements(By.cssSelector("ul.examples li"))).hasSizeBetween(1, 5);
        assertAccessible("the preview");
        browser.findElement(By.id("naam")).sendKeys(site.name());
        browser.findElement(By.id("email")).sendKeys("eigenaar@" + site.id() + ".example");
        browser.findElement(By.id("toestemming")).click();
        browser.findElement(By.cssSelector("form[action='/aanmelden'] button")).click();
        Wait.until("the management page after registering", Duration.ofSeconds(20),
                () -> browser.getCurrentUrl().contains("/mijn-bron/"));

        String management = browser.getCurrentUrl().replaceAll("\\?.*", "");
        assertThat(management).contains("/mijn-bron/");
        assertThat(browser.findElement(By.id("status")).getText()).contains("wacht op goedkeuring");
        assertThat(browser.findElement(By.cssSelector("p.owner-message")).getText()).contains("bladwijzer");
        assertAccessible("the management page");

        approveAsAdmin(site.name());
        OwnedSource source = aggregator.owners().pending().stream().filter(s -> s.name().equals(site.name()))
                .findFirst().orElse(null);
        assertThat(source).as("no longer pending").isNull();
        Wait.until("the first crawl of the approved site", Duration.ofSeconds(30), () -> aggregator.owners()
                .byToken(management.substring(management.lastIndexOf('/') + 1))
                .map(s -> s.lastSuccessAt() != null).orElse(false));

        browser.get(management);
        assertThat(browser.findElement(By.id("status")).getText()).startsWith("Goedgekeurd");
        assertThat(Integer.parseInt(browser.findElement(By.id("aantal")).getText())).isPositive();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Gelukt:");
    }

    private void approveAsAdmin(String name) {
        open("/inloggen");
        browser.findElement(By.id("gebruikersnaam")).sendKeys(ADMIN);
        browser.findElement(By.id("wachtwoord")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("main form button")).click();
        Wait.until("the control room after logging in", Duration.ofSeconds(20),
                () -> browser.getCurrentUrl().endsWith("/beheer"));
        open("/beheer/aanmeldingen");
        assertAccessible("/beheer/aanmeldingen");
        browser.findElement(By.cssSelector("button[aria-label='Goedkeuren: " + name + "']")).click();
        Wait.until("the registration has left the list", Duration.ofSeconds(20),
                () -> browser.findElements(By.cssSelector("button[aria-label='Goedkeuren: " + name + "']")).isEmpty());
    }

    private void assertAccessible(String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        assertThat(results.getViolations()).as("axe violations on %s:%n%s", page, results.getViolations().stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " at " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).limit(5).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"))).isEmpty();
    }
}
