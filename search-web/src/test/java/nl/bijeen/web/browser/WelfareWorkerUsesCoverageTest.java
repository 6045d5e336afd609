package nl.bijeen.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import jakarta.inject.Inject;

import nl.bijeen.web.security.Roles;
import nl.bijeen.web.security.Users;
import nl.bijeen.web.support.StaffApp;
import nl.bijeen.web.support.Browser;
import nl.bijeen.web.support.Wait;

/**
 * A welfare worker in a real browser over the demo world: logs in, reads the coverage matrix, switches the period
 * and downloads the matrix as CSV; and axe-core finds no WCAG 2.1 A or AA violations on /dekking (map included,
 * without its tiles).
 */
@MicronautTest
class WelfareWorkerUsesCoverageTest extends DemoWorldInBrowser {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Inject
    Users users;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        properties.put("bijeen.security.admin-username", StaffApp.ADMIN);
        properties.put("bijeen.security.admin-password", StaffApp.PASSWORD);
        return properties;
    }

    @BeforeAll
    void addWelfareWorker() {
        if (users.find(StaffApp.PROFESSIONAL).isEmpty()) {
            users.create(StaffApp.PROFESSIONAL, StaffApp.PASSWORD, List.of(Roles.PROFESSIONAL));
        }
    }

    @Test
    void welfareWorkerLogsInSwitchesThePeriodAndDownloadsTheMatrix() throws IOException {
        openLoggedIn("/dekking");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dekking van het aanbod");
        assertThat(browser.findElements(By.cssSelector("table.matrix tbody tr"))).hasSizeGreaterThan(1);
        assertThat(checked()).isEqualTo("4");
        String fourWeeks = browser.findElement(By.id("periode-tekst")).getText();

        browser.findElement(By.cssSelector("input[name=periode][value='8']")).click();
        browser.findElement(By.xpath("//button[normalize-space()='Toon deze periode']")).click();

        Wait.until("the 8-week period is shown", Duration.ofSeconds(10), () -> browser.getCurrentUrl()
                .contains("periode=8"));
        assertThat(checked()).isEqualTo("8");
        assertThat(browser.findElement(By.id("periode-tekst")).getText()).isNotEqualTo(fourWeeks);

        browser.findElements(By.linkText("Download deze tabel als CSV (Excel)")).getFirst().click();

        String csv = Files.readString(downloaded("dekking-thema-"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF\"Wijk\";\"Wijkcode\";\"Thema\";\"Activiteiten\"");
    }

    @Test
    void coveragePageHasNoAxeViolations() {
        openLoggedIn("/dekking");
        Wait.until("the map is drawn", Duration.ofSeconds(10),
                () -> !browser.findElements(By.cssSelector("#dekkingskaart path.leaflet-interactive")).isEmpty());

        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);

        assertThat(results.getViolations()).as("axe violations on /dekking:%n%s", describe(results.getViolations()))
                .isEmpty();
    }

    /** Opens the page, logging in first when the login page comes up instead. */
    private void openLoggedIn(String path) {
        open(path);
        if (browser.getCurrentUrl().contains("/inloggen")) {
            browser.findElement(By.id("gebruikersnaam")).sendKeys(StaffApp.PROFESSIONAL);
            browser.findElement(By.id("wachtwoord")).sendKeys(StaffApp.PASSWORD);
            browser.findElement(By.xpath("//button[normalize-space()='Inloggen']")).click();
            Wait.until("back on " + path, Duration.ofSeconds(10), () -> browser.getCurrentUrl().contains(path));
        }
    }

    private String checked() {
        return browser.findElement(By.cssSelector("input[name=periode]:checked")).getAttribute("value");
    }

    private Path downloaded(String prefix) {
        return Browser.downloaded(downloads, n -> n.startsWith(prefix) && n.endsWith(".csv"));
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5)
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
