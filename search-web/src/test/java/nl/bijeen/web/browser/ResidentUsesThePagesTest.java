package nl.bijeen.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import nl.bijeen.web.support.Browser;
import nl.bijeen.web.support.Wait;

/** What a resident does in a real browser: search, switch list/photos/map, open an activity, download a file. */
@MicronautTest
class ResidentUsesThePagesTest extends DemoWorldInBrowser {

    @Test
    void searchingFromTheHomePageListsMatchingActivities() {
        open("/");
        browser.findElement(By.id("q")).sendKeys("koffie");
        go(By.cssSelector("form.search button"));

        assertThat(browser.getCurrentUrl()).contains("q=koffie");
        assertThat(browser.findElement(By.cssSelector("p.status")).getText()).contains("gevonden voor „koffie”");
        assertThat(titles("ol.results h2")).isNotEmpty()
                .anySatisfy(t -> assertThat(t.toLowerCase()).contains("koffie"));
    }

    @Test
    void photoViewShowsTheSameResultsAsCardsWithAPicture() {
        open("/?q=koffie");
        List<String> list = titles("ol.results h2");
        go(By.linkText("Foto's"));

        assertThat(browser.getCurrentUrl()).contains("weergave=fotos");
        assertThat(titles("ul.cards h2")).containsExactlyElementsOf(list);
        assertThat(browser.findElements(By.cssSelector("ul.cards img"))).hasSize(list.size())
                .allSatisfy(img -> assertThat(img.getAttribute("src")).isNotBlank());
    }

    @Test
    void mapViewPutsMarkersOnTheMapAndStillListsEveryAddressWhenTilesCannotLoad() {
        open("/?q=koffie");
        List<String> list = titles("ol.results h2");
        go(By.linkText("Kaart"));

        assertThat(browser.getCurrentUrl()).contains("weergave=kaart");
        Wait.until("the map has markers or clusters", Duration.ofSeconds(10), () -> !browser.findElements(
                By.cssSelector(".leaflet-marker-icon")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("[data-kaart]")).isDisplayed()).isTrue();
        assertThat(titles("ol.points h2")).containsExactlyElementsOf(list);
    }

    @Test
    void openingAResultShowsItsPageWithDatesPlaceAndEverySiteItWasPublishedOn() {
        open("/?q=koffie");
        String title = browser.findElement(By.cssSelector("ol.results h2 a")).getText();
        go(By.cssSelector("ol.results h2 a"));

        assertThat(browser.getCurrentUrl()).matches(".*/activiteit/\\d+");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.id("wanneer")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector("ul.sites li"))).isNotEmpty();
        assertThat(browser.findElement(By.linkText("Zet in mijn agenda")).getAttribute("href"))
                .matches(".*/export/activiteit/\\d+\\.ics");
    }

    @Test
    void calendarButtonOnAnActivityPageDownloadsAnICalFile() throws IOException {
        open("/?q=koffie");
        go(By.cssSelector("ol.results h2 a"));
        browser.findElement(By.linkText("Zet in mijn agenda")).click();

        Path file = downloaded(".ics");
        assertThat(Files.readString(file)).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT");
    }

    @Test
    void listExportOfASearchDownloadsACsvFile() throws IOException {
        open("/?q=koffie");
        browser.findElement(By.linkText("Download als lijst (Excel)")).click();

        Path file = downloaded(".csv");
        assertThat(Files.readString(file).lines().count()).isGreaterThan(1);
    }

    @Test
    void tickingAThemeNarrowsTheListShowsAChipAndKeepsTheAddressShort() {
        open("/?q=koffie");
        long before = shown();
        browser.findElement(By.cssSelector("details.filters > summary")).click();
        WebElement theme = browser.findElement(By.cssSelector("input[name=theme] + label"));
        String label = theme.findElement(By.tagName("span")).getText();
        theme.click();
        go(By.cssSelector("form.filter-form button[type=submit]"));

        assertThat(browser.getCurrentUrl()).contains("theme=").doesNotContain("postcode=").doesNotContain("from=");
        assertThat(chips()).contains("Onderwerp: " + label);
        assertThat(shown()).isLessThanOrEqualTo(before).isPositive();
        go(By.cssSelector(".chips a"));
        assertThat(shown()).isEqualTo(before);
    }

    @Test
    void searchBoxSuggestsCompletionsWhileTyping() {
        open("/");
        browser.findElement(By.id("q")).sendKeys("wand");

        Wait.until("suggestions in the search box's list", Duration.ofSeconds(10),
                () -> !browser.findElements(By.cssSelector("#suggesties option")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#suggesties option")))
                .anySatisfy(o -> assertThat(o.getAttribute("value").toLowerCase()).contains("wandel"));
    }

    @Test
    void printedResultsShowTheActivitiesWithoutSearchFormFiltersOrButtons() {
        open("/?q=koffie&date=this-week");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(browser.findElement(By.cssSelector("ol.results")).isDisplayed()).isTrue();
            for (String hidden : List.of("form.search", "details.filters", "nav.views", "section.exports",
                    "header.site nav")) {
                assertThat(browser.findElement(By.cssSelector(hidden)).isDisplayed()).as(hidden).isFalse();
            }
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void everyExportOfAFilteredSearchAnswersInTheBrowserWithItsOwnFormat() {
        open("/?q=koffie&date=this-week");
        Map<String, String> expected = Map.of("/export/agenda.ics", "text/calendar",
                "/export/activiteiten.rss", "application/rss+xml", "/export/activiteiten.atom", "application/atom+xml",
                "/export/activiteiten.csv", "text/csv", "/export/netwerklijst.csv", "text/csv",
                "/export/boekje.pdf", "application/pdf");
        List<String> links = browser.findElements(By.cssSelector("section.exports a")).stream()
                .map(a -> a.getAttribute("href")).filter(h -> h.startsWith("http") && h.contains("date=this-week"))
                .toList();

        assertThat(links).hasSize(expected.size() + 1); // the booklet twice: by theme and by wijk
        for (String link : links) {
            String path = link.replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*", "");
            Object answer = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                    + " + r.headers.get('content-type') + ' ' + b.byteLength)), e => done('failed ' + e));", link);
            assertThat(answer.toString()).as(link).startsWith("200 " + expected.get(path))
                    .doesNotEndWith(" 0");
        }
        browser.findElement(By.linkText("Download de organisatoren met contactgegevens (Excel)")).click();
        assertThat(downloaded("netwerklijst.csv")).isNotEmptyFile();
    }

    private long shown() {
        String status = browser.findElement(By.cssSelector("p.status")).getText();
        return Long.parseLong(status.substring(0, status.indexOf(' ')));
    }

    private List<String> chips() {
        return browser.findElements(By.cssSelector(".chips li > span")).stream().map(WebElement::getText).toList();
    }

    private List<String> titles(String selector) {
        return browser.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
    }

    private Path downloaded(String extension) {
        return Browser.downloaded(downloads, n -> n.endsWith(extension));
    }
}
