package nl.bijeen.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

import nl.bijeen.web.organisation.SocialMap;
import nl.bijeen.web.organisation.SocialMapApp;
import nl.bijeen.web.support.Browser;
import nl.bijeen.web.support.TestDirs;
import nl.bijeen.web.support.Wait;

/**
 * A welfare worker in headless Chromium uses the Organisaties directory: browses it, filters by theme and wijk,
 * opens an organisation, switches to the map and downloads the network list; axe-core finds no WCAG 2.1 A/AA
 * violations on the list, the map and the organisation page (maps with Leaflet loaded, tiles unreachable).
 */
@MicronautTest
class WelfareWorkerUsesTheDirectoryTest extends SocialMapApp {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final Path downloads = TestDirs.create("bijeen-directory-downloads");
    @Inject
    EmbeddedServer server;
    private ChromeDriver browser;

    WelfareWorkerUsesTheDirectoryTest() {
        super("directory-browser");
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        // Tiles from a server that does not answer: the pages must work without them (as offline here).
        properties.put("bijeen.map.tile-url", "https://127.0.0.1:9/{z}/{x}/{y}.png");
        return properties;
    }

    @BeforeAll
    void startBrowser() {
        browser = Browser.start(downloads);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
        TestDirs.delete(downloads);
    }

    @Test
    void filteringByThemeAndWijkNarrowsTheDirectoryAndLeadsToAnOrganisation() {
        open("/organisaties");
        assertThat(names()).hasSize(6);

        browser.findElement(By.cssSelector("details.filters > summary")).click();
        tick("theme", "ontmoeten");
        go(By.cssSelector("form.filter-form button[type=submit]"));
        assertThat(names()).containsExactly("Buurthuis De Kern", "Protestantse Gemeente Rijnsburg",
                "Welzijnskwartier");

        tick("wijk", SocialMap.RIJNSBURG);
        go(By.cssSelector("form.filter-form button[type=submit]"));
        assertThat(names()).containsExactly("Protestantse Gemeente Rijnsburg", "Welzijnskwartier");
        assertThat(browser.getCurrentUrl()).contains("theme=ontmoeten", "wijk=" + SocialMap.RIJNSBURG);

        go(By.linkText("Welzijnskwartier"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Welzijnskwartier");
        assertThat(browser.findElement(By.id("contact")).findElement(By.xpath("..")).getText())
                .contains("071-4011234", "info@welzijnskwartier.example");
    }

    @Test
    void theMapShowsMarkersForTheSelection() {
        open("/organisaties?theme=ontmoeten");
        go(By.linkText("Kaart"));
        assertThat(browser.getCurrentUrl()).contains("weergave=kaart", "theme=ontmoeten");
        Wait.until("markers on the map", Duration.ofSeconds(20),
                () -> !browser.findElements(By.cssSelector(".leaflet-marker-icon")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("[data-kaart=punten]")).isDisplayed()).isTrue();
    }

    @Test
    void theNetworkListDownloadsAsASpreadsheetAndAsAPdf() throws IOException {
        open("/organisaties?wijk=" + SocialMap.RIJNSBURG);
        browser.findElement(By.partialLinkText("netwerklijst (Excel)")).click();
        String csv = Files.readString(downloaded(".csv"), StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(4);
        assertThat(csv).contains("\"Sportvereniging Rijnsburg\"", "\"bestuur@sv-rijnsburg.example\"");

        browser.findElement(By.partialLinkText("om te printen (PDF)")).click();
        try (PDDocument pdf = Loader.loadPDF(downloaded(".pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("Netwerklijst", "Protestantse Gemeente Rijnsburg", "071-4020000");
        }
    }

    @Test
    void theDirectoryListHasNoAxeViolations() {
        assertNoViolations("/organisaties?theme=ontmoeten");
    }

    @Test
    void theDirectoryMapHasNoAxeViolations() {
        assertNoViolations("/organisaties?weergave=kaart");
    }

    @Test
    void theOrganisationPageHasNoAxeViolations() {
        assertNoViolations("/organisaties/101-welzijnskwartier");
    }

    private void assertNoViolations(String page) {
        open(page);
        if (page.contains("kaart") || page.startsWith("/organisaties/1")) {
            Wait.until("the map has loaded", Duration.ofSeconds(20),
                    () -> !browser.findElements(By.cssSelector(".leaflet-container")).isEmpty());
        }
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        assertThat(results.getViolations()).as("axe violations on %s:%n%s", page, describe(results.getViolations()))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    private List<String> names() {
        return browser.findElements(By.cssSelector("ol.organisations h2 a")).stream().map(WebElement::getText).toList();
    }

    private void tick(String parameter, String value) {
        WebElement box = browser.findElement(By.cssSelector("input[name='" + parameter + "'][value='" + value + "']"));
        browser.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).click();
        assertThat(box.isSelected()).isTrue();
    }

    private void open(String pathAndQuery) {
        browser.get("http://localhost:" + server.getPort() + pathAndQuery);
    }

    /** Clicks what leads to another page and waits until that page has loaded. */
    private void go(By what) {
        WebElement old = browser.findElement(By.tagName("html"));
        browser.findElement(what).click();
        Wait.until("the page after clicking " + what, Duration.ofSeconds(20),
                () -> gone(old) && "complete".equals(browser.executeScript("return document.readyState")));
    }

    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            // While the new page replaces the old one, Chromium may say this instead of "stale"; anything else:
            // ask again on the next tick.
            return String.valueOf(e.getMessage()).contains("does not belong to the document");
        }
    }

    private Path downloaded(String extension) {
        return Browser.downloaded(downloads, n -> n.endsWith(extension));
    }
}
