package nl.bijeen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.source.SourceStatus;
import nl.bijeen.web.api.ActivitiesResponse;
import nl.bijeen.web.api.ActivityJson;
import nl.bijeen.web.index.IndexFollower;
import nl.bijeen.web.support.DemoWorldApp;
import nl.bijeen.web.support.TestDirs;
import nl.bijeen.web.support.Wait;

/**
 * The application as the run command starts it: the demo world's websites on loopback, crawled by the scheduler,
 * indexed, and searchable over HTTP within a minute.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoWorldEndToEndTest implements TestPropertyProvider {

    private final Path dataDir = TestDirs.create("bijeen-demo");

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Aggregator aggregator;
    @Inject
    IndexFollower follower;

    @Override
    public Map<String, String> getProperties() {
        return DemoWorldApp.properties("demo", dataDir);
    }

    @AfterAll
    void cleanUp() {
        TestDirs.delete(dataDir);
    }

    @Test
    void demoWorldIsSearchableOverHttpWithinAMinute() {
        Wait.until("a search for koffie finds demo activities", Duration.ofSeconds(60),
                () -> search("koffie").total() > 0);
        waitUntilEveryDemoSiteIsCrawledAndIndexed();

        assertThat(aggregator.sources()).isNotEmpty().noneMatch(SourceStatus::failing);
        ActivitiesResponse response = search("koffie");
        assertThat(response.activities()).isNotEmpty().allSatisfy(a -> {
            assertThat((a.title() + " " + a.description()).toLowerCase(Locale.ROOT)).contains("koffie");
            assertThat(a.url()).as("link to the original publication of %s", a.title()).startsWith("http");
        });
    }

    @Test
    void anActivityPublishedOnTwoSitesIsFoundOnceListingBothSites() {
        waitUntilEveryDemoSiteIsCrawledAndIndexed();

        List<ActivityJson> found = search("digitaal").activities().stream()
                .filter(a -> a.title().toLowerCase(Locale.ROOT).startsWith("digi")).toList();

        assertThat(found).as("Digicafé (library) and Digitaal Café (taalhuis) are one activity").hasSize(1);
        assertThat(found.getFirst().publishedOn()).extracting(ActivityJson.PublishedOnJson::sourceId)
                .containsExactlyInAnyOrder("bibliotheek-duin-en-rijn", "taalhuis-katwijk");
    }

    @Test
    void searchPageIsDutchAndShowsTheActivitiesFound() {
        waitUntilEveryDemoSiteIsCrawledAndIndexed();
        ActivityJson bestCoffee = search("koffie").activities().getFirst();
        ActivityJson soonest = search("").activities().getFirst();

        String coffeePage = http.toBlocking().retrieve("/?q=koffie");
        String homePage = http.toBlocking().retrieve("/");

        assertThat(coffeePage).contains("<html lang=\"nl\"").contains("Wat zoekt u?")
                .contains(escaped(bestCoffee.title())).contains("Bekijk bij de organisator")
                .contains("href=\"" + escaped(bestCoffee.url()) + "\"");
        assertThat(homePage).contains("binnenkort of doorlopend").contains(escaped(soonest.title()));
    }

    @Test
    void longListsArePagedWithLinksThatWorkWithoutJavaScript() {
        waitUntilEveryDemoSiteIsCrawledAndIndexed();
        ActivitiesResponse second = http.toBlocking().retrieve("/api/activities?limit=50&offset=50",
                ActivitiesResponse.class);
        assertThat(second.total()).as("the demo world has more than one page").isGreaterThan(100);

        String page = http.toBlocking().retrieve("/?pagina=2");

        assertThat(page).contains("U ziet nummer 51 tot en met 100.")
                .contains("<a href=\"/\">Vorige pagina</a>")
                .contains("<a href=\"/?pagina=3\">Volgende pagina</a>")
                .contains(escaped(second.activities().getFirst().title()));
    }

    /** After the first crawl of every site the demo holds still (the next crawl is minutes away). */
    private void waitUntilEveryDemoSiteIsCrawledAndIndexed() {
        DemoWorldApp.awaitCrawled(aggregator, follower);
    }

    private ActivitiesResponse search(String q) {
        return http.toBlocking().retrieve("/api/activities?limit=100&q=" + q, ActivitiesResponse.class);
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
