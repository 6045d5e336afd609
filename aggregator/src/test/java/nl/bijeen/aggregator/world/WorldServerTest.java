package nl.bijeen.aggregator.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import nl.bijeen.aggregator.demo.DemoSite;
import nl.bijeen.aggregator.demo.DemoWorld;

class WorldServerTest {

    private static final GeneratedWorld WORLD = Worlds.generate(40, 800, 5, Worlds.NOVEMBER);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @AfterAll
    static void closeClient() {
        HTTP.close();
    }

    @Test
    void eachFaultKindIsInjectedInAboutItsShareAndAgainOnARetryInTheSameRound() throws Exception {
        try (WorldServer server = WorldServer.start(WORLD, new WorldFaults(9, 0, Duration.ZERO, 0.2, 0.2, 0.2))) {
            List<String> first = outcomes(server);
            List<String> retried = outcomes(server);

            assertThat(retried).as("the same fault for the same document in a round").isEqualTo(first);
            Map<Integer, Long> byStatus = server.counts().byStatus();
            assertThat(byStatus.keySet()).containsExactlyInAnyOrder(200, 429, 503, RequestCounts.RESET);
            assertThat(byStatus.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(2 * 40 / 10));
            assertThat(first).filteredOn(o -> o.equals("reset")).hasSize((int) (long) byStatus.get(
                    RequestCounts.RESET) / 2);
            assertThat(server.counts().total()).isEqualTo(2 * 40);
            DemoSite site = WORLD.sites().getFirst();
            assertThat(server.counts().of(site.id())).isEqualTo(2);
        }
    }

    @Test
    void aSlowAnswerArrivesAfterTheConfiguredLatency() {
        try (WorldServer server = WorldServer.start(WORLD,
                WorldFaults.none().withLatency(1.0, Duration.ofSeconds(30)))) {
            URI feed = DemoWorld.feedUri(server.baseUri(), WORLD.sites().getFirst());
            // a client that waits far less than the latency gives up: the answer is held back
            assertThatThrownBy(() -> HTTP.send(HttpRequest.newBuilder(feed).timeout(Duration.ofMillis(200)).build(),
                    HttpResponse.BodyHandlers.discarding())).isInstanceOf(HttpTimeoutException.class);
        }
    }

    @Test
    void anUnchangedDocumentIsAnswered304AndAChangedSiteAgain200() throws Exception {
        try (WorldServer server = WorldServer.start(WORLD)) {
            Map<String, String> etags = new java.util.HashMap<>();
            for (DemoSite site : WORLD.sites()) {
                etags.put(site.id(), get(server, site, null).headers().firstValue("ETag").orElseThrow());
            }
            WorldChanges changes = server.nextRound(0.25);

            assertThat(changes.changed()).hasSize(10);
            for (DemoSite site : WORLD.sites()) {
                int status = get(server, site, etags.get(site.id())).statusCode();
                assertThat(status).as(site.id()).isEqualTo(changes.changed().contains(site.id()) ? 200 : 304);
            }
            assertThat(server.counts().byStatus()).containsEntry(304, 30L).containsEntry(200, 40L + 10L);
        }
    }

    @Test
    void aRoundAddsEditsAndRemovesItemsOfTheChangedSitesOnly() {
        WorldChanges changes = WorldChanges.of(WORLD, 0.25, 1, 5);
        GeneratedWorld after = changes.world();
        URI base = URI.create("http://127.0.0.1/");

        for (DemoSite site : WORLD.sites()) {
            List<String> before = titles(WORLD, site, base);
            List<String> now = titles(after, site, base);
            if (changes.changed().contains(site.id())) {
                assertThat(now).as(site.id()).isNotEqualTo(before);
            } else {
                assertThat(now).as(site.id()).isEqualTo(before);
            }
        }
        assertThat(changes.added()).hasSize(10);
        assertThat(changes.removed()).isNotEmpty().allSatisfy(id -> assertThat(after.world().activities())
                .noneMatch(a -> a.id().equals(id)));
        assertThat(changes.edited()).isNotEmpty().allSatisfy(id -> assertThat(after.world().activities())
                .anyMatch(a -> a.id().equals(id) && a.description().endsWith(WorldChanges.NOTICE)));
        assertThat(WorldChanges.of(WORLD, 0.25, 1, 5).changed()).as("the same per seed and round")
                .isEqualTo(changes.changed());
    }

    private static List<String> titles(GeneratedWorld world, DemoSite site, URI base) {
        return world.expectedItems(site.id(), base).stream().map(i -> i.itemId() + " " + i.title()).toList();
    }

    /** "200", "429", "503" or "reset" for the feed of every site. */
    private static List<String> outcomes(WorldServer server) throws InterruptedException {
        List<String> outcomes = new ArrayList<>();
        for (DemoSite site : WORLD.sites()) {
            try {
                outcomes.add(String.valueOf(get(server, site, null).statusCode()));
            } catch (IOException dropped) {
                outcomes.add("reset");
            }
        }
        return outcomes;
    }

    private static HttpResponse<byte[]> get(WorldServer server, DemoSite site, String etag)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(DemoWorld.feedUri(server.baseUri(), site))
                .timeout(Duration.ofSeconds(20));
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
