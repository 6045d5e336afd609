package nl.bijeen.web.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.crawl.CrawlOutcome;
import nl.bijeen.web.support.AgendaServer;
import nl.bijeen.web.support.FreePort;
import nl.bijeen.web.support.TestDirs;

/**
 * An operator who opened the management endpoints (endpoints.all.sensitive false) reads the crawl metrics and the
 * health on the management port, and only there.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenedManagementEndpointsTest implements TestPropertyProvider {

    private static final String SOURCE = "de-kern-agenda";

    private final AgendaServer agenda = new AgendaServer();
    private final Path dataDir = TestDirs.create("bijeen-management");
    private final int managementPort = FreePort.pick();

    @Inject
    Aggregator aggregator;
    @Inject
    @Client("/")
    HttpClient site;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(ManagementTestProperties.withOneSource(dataDir, SOURCE,
                agenda.agendaUri(), managementPort));
        properties.put("endpoints.all.sensitive", "false");
        return properties;
    }

    @AfterAll
    void cleanUp() {
        agenda.close();
        TestDirs.delete(dataDir);
    }

    @Test
    void prometheusShowsTheCrawlMetricsAfterACrawl() {
        CrawlOutcome outcome = aggregator.crawlNow(SOURCE);
        assertThat(outcome.success()).as(outcome.toString()).isTrue();

        String metrics;
        try (HttpClient management = management()) {
            metrics = management.toBlocking().retrieve("/prometheus");
        }

        assertThat(metrics).contains(
                "bijeen_crawl_fetches_total{outcome=\"ok\"} 1.0",
                "bijeen_crawl_items_total{change=\"new\"} " + outcome.inserted() + ".0",
                "bijeen_crawl_duration_seconds_count{outcome=\"ok\"} 1",
                "bijeen_fetch_duration_seconds_count{result=\"fetched\"} 1",
                "bijeen_fetch_bytes_count 1");
    }

    @Test
    void healthSaysUp() {
        String health;
        try (HttpClient management = management()) {
            health = management.toBlocking().retrieve("/health");
        }

        assertThat(health).contains("\"status\":\"UP\"");
    }

    @Test
    void theSitesPortServesNeitherMetricsNorHealth() {
        for (String path : new String[] {"/prometheus", "/health"}) {
            HttpClientResponseException refused = catchThrowableOfType(HttpClientResponseException.class,
                    () -> site.toBlocking().retrieve(path));
            assertThat(refused).as(path).isNotNull();
            assertThat(refused.getStatus().getCode()).as(path).isEqualTo(404);
        }
    }

    private HttpClient management() {
        return ManagementTestProperties.client(managementPort);
    }
}
