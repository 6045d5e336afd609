package nl.bijeen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.web.api.ActivitiesResponse;
import nl.bijeen.web.api.ActivityJson;
import nl.bijeen.web.index.IndexFollower;
import nl.bijeen.web.support.AgendaServer;
import nl.bijeen.web.support.TestDirs;
import nl.bijeen.web.support.Wait;

/**
 * The whole path from an organiser's agenda to the public API: crawl → store → change sequence → index → search.
 * The organiser adds, renames and removes an activity; each change reaches search through the change sequence
 * (a removal once the activity has been missing from two crawls in a row).
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangeSequenceDrivesIndexTest implements TestPropertyProvider {

    private static final String SOURCE = "de-kern-agenda";

    private final AgendaServer agenda = new AgendaServer();
    private final Path dataDir = TestDirs.create("bijeen-changes");

    @Inject
    Aggregator aggregator;
    @Inject
    IndexFollower follower;
    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        Path sources = dataDir.resolve("sources.yml");
        TestDirs.write(sources, """
                sources:
                  - id: %s
                    name: Buurthuis De Kern — agenda
                    url: %s
                    format: ical
                    schedule: 1h
                """.formatted(SOURCE, agenda.agendaUri()));
        return Map.of(
                "datasources.default.url", "jdbc:h2:mem:changes-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "datasources.default.username", "sa",
                "datasources.default.password", "",
                "bijeen.sources-file", sources.toString(),
                "bijeen.index.dir", dataDir.resolve("index").toString(),
                "bijeen.index.poll-interval", "100ms",
                "bijeen.aggregator.crawl-enabled", "false",
                // the agenda server is on loopback, which production refuses: the allow-list opens it
                "bijeen.aggregator.fetch-allow-list", "127.0.0.1/32,::1",
                "bijeen.aggregator.min-host-delay", "0s");
    }

    @AfterAll
    void cleanUp() {
        agenda.close();
        TestDirs.delete(dataDir);
    }

    @Test
    void addedRenamedAndRemovedActivitiesReachSearchThroughTheChangeSequence() {
        agenda.publish(AgendaServer.WITH_COFFEE, "Koffieochtend in De Kern");
        crawlAndWaitForIndex();
        assertThat(titlesFound("koffie")).containsExactly("Koffieochtend in De Kern");
        assertThat(titlesFound("klaverjassen")).containsExactly("Klaverjassen");

        agenda.publish(AgendaServer.WITH_COFFEE, "Koffie-inloop met de wijkagent");
        crawlAndWaitForIndex();
        assertThat(titlesFound("wijkagent")).containsExactly("Koffie-inloop met de wijkagent");
        // The old title is gone; a search for it may still relax to other coffee activities (any part of the word).
        assertThat(titlesFound("koffieochtend")).doesNotContain("Koffieochtend in De Kern");

        agenda.publish(AgendaServer.WITHOUT_COFFEE, "");
        crawlAndWaitForIndex();
        assertThat(titlesFound("koffie")).as("missing from one crawl: kept, a source may hiccup")
                .containsExactly("Koffie-inloop met de wijkagent");
        crawlAndWaitForIndex();
        assertThat(titlesFound("koffie")).as("missing from two crawls in a row: gone").isEmpty();
        assertThat(titlesFound("klaverjassen")).containsExactly("Klaverjassen");
    }

    @Test
    void foundActivitiesLinkToTheOrganisersOwnPage() {
        crawlAndWaitForIndex();
        ActivitiesResponse response = search("klaverjassen");
        ActivityJson found = response.activities().getFirst();
        assertThat(found.url()).isEqualTo("https://dekern.example/agenda/klaverjassen");
        assertThat(found.source().id()).isEqualTo(SOURCE);
        assertThat(found.start()).isNotNull();
        assertThat(found.dates()).isNotEmpty();
    }

    private void crawlAndWaitForIndex() {
        var outcome = aggregator.crawlNow(SOURCE);
        assertThat(outcome.success()).as("crawl of the test agenda: %s", outcome).isTrue();
        long target = aggregator.store().lastSeq();
        Wait.until("the index has applied change " + target, Duration.ofSeconds(20),
                () -> follower.lastAppliedSeq() >= target);
    }

    private java.util.List<String> titlesFound(String q) {
        return search(q).activities().stream().map(ActivityJson::title).toList();
    }

    private ActivitiesResponse search(String q) {
        String uri = UriBuilder.of("/api/activities").queryParam("q", q).build().toString();
        return http.toBlocking().retrieve(uri, ActivitiesResponse.class);
    }
}
