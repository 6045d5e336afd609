package nl.bijeen.aggregator.owner;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.AggregatorSettings;
import nl.bijeen.aggregator.source.SourceRepository;
import nl.bijeen.aggregator.support.FixtureServer;
import nl.bijeen.aggregator.support.TestDatabase;

/**
 * The life of a site owner's source in a real database: pending and never claimed, approved and crawled, paused,
 * given defaults, and removed — which takes its activities off the overview but keeps their history.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OwnerSourcesSpec {

    protected TestDatabase db;
    private FixtureServer server;
    private Aggregator aggregator;

    protected abstract TestDatabase openDatabase();

    @BeforeAll
    void start() {
        db = openDatabase();
        server = new FixtureServer();
        server.serveResource("/agenda.ics", "crawl/agenda-v1.ics", "text/calendar");
        AggregatorSettings settings = new AggregatorSettings(false, Duration.ofMillis(100), Duration.ofSeconds(2),
                Duration.ofSeconds(10), 200_000, "BijeenTest/1.0", Duration.ofDays(365))
                .withFetchAllowList(List.of("127.0.0.0/8", "::1")).withMinHostDelay(Duration.ZERO);
        aggregator = Aggregator.start(settings, db.dataSource(), List.of());
    }

    @AfterEach
    void emptyTheStore() {
        db.emptyStore();
    }

    @AfterAll
    void stop() {
        aggregator.close();
        server.close();
        db.close();
    }

    @Test
    void aPendingSourceIsNeverClaimedAndAnApprovedOneIs() {
        OwnerSources.Registered done = register(false);

        assertThat(done.source().approval()).isEqualTo(OwnedSource.Approval.PENDING);
        assertThat(claimable()).doesNotContain(done.source().id());
        assertThat(aggregator.owners().approve(done.source().id(), Instant.now())).isTrue();
        assertThat(claimable()).contains(done.source().id());
        assertThat(aggregator.owners().approve(done.source().id(), Instant.now())).as("only once").isFalse();
    }

    @Test
    void theTokenFindsTheSourceButOnlyItsHashIsStored() {
        OwnerSources.Registered done = register(false);

        assertThat(aggregator.owners().byToken(done.token())).map(OwnedSource::id).contains(done.source().id());
        assertThat(aggregator.owners().byToken(done.token() + "x")).isEmpty();
        assertThat(db.queryLong("SELECT COUNT(*) FROM source WHERE owner_token_hash = ?", done.token())).isZero();
        assertThat(db.queryString("SELECT owner_token_hash FROM source WHERE id = ?", done.source().id()))
                .isEqualTo(OwnerTokens.hash(done.token()));
    }

    @Test
    void theSameFeedWrittenDifferentlyIsOneSource() {
        OwnerSources.Registered first = register(false);
        URI variant = URI.create(server.uri("/agenda.ics").toString().replace("http:", "HTTPS:") + "/#agenda");

        OwnerSources.Registered second = aggregator.owners().register(registration(variant), false, Instant.now());

        assertThat(second.duplicate()).isTrue();
        assertThat(second.token()).isNull();
        assertThat(second.source().id()).isEqualTo(first.source().id());
        assertThat(db.queryLong("SELECT COUNT(*) FROM source WHERE origin = 'owner'")).isEqualTo(1);
    }

    @Test
    void pauseAndDefaultsAreStored() {
        String id = register(true).source().id();

        aggregator.owners().pause(id, true);
        aggregator.owners().defaults(id, List.of("senioren"), List.of("ontmoeten", "bewegen"), null);

        OwnedSource source = aggregator.owners().byId(id).orElseThrow();
        assertThat(source.paused()).isTrue();
        assertThat(source.defaultAudiences()).containsExactly("senioren");
        assertThat(source.defaultThemes()).containsExactly("ontmoeten", "bewegen");
        assertThat(claimable()).as("paused").doesNotContain(id);
    }

    @Test
    void removalTakesTheActivitiesOffTheOverviewAndKeepsTheirHistory() {
        String id = register(true).source().id();
        assertThat(aggregator.crawlNow(id).success()).isTrue();
        assertThat(aggregator.store().findBySource(id)).hasSize(3);

        assertThat(aggregator.owners().remove(id, Instant.now())).isTrue();

        assertThat(aggregator.store().findBySource(id)).isEmpty();
        assertThat(aggregator.store().history(id)).hasSize(3);
        assertThat(db.queryLong("SELECT COUNT(*) FROM activity WHERE gone_at IS NULL")).isZero();
        assertThat(aggregator.owners().byId(id).orElseThrow().removed()).isTrue();
        assertThat(claimable()).doesNotContain(id);
        assertThat(aggregator.owners().remove(id, Instant.now())).as("only once").isFalse();
    }

    @Test
    void theSameFeedRegisteredManyTimesAtOnceBecomesOneSource() throws Exception {
        int attempts = 8;
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<OwnerSources.Registered>> done = new java.util.ArrayList<>();
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(attempts)) {
            for (int i = 0; i < attempts; i++) {
                done.add(threads.submit(() -> {
                    start.await();
                    return register(false);
                }));
            }
            start.countDown();
            long added = 0;
            for (var registered : done) {
                added += registered.get().duplicate() ? 0 : 1;
            }
            assertThat(added).as("registrations that added a source").isEqualTo(1);
        }
        assertThat(db.queryLong("SELECT COUNT(*) FROM source WHERE origin = 'owner'")).isEqualTo(1);
    }

    private OwnerSources.Registered register(boolean approved) {
        return aggregator.owners().register(registration(server.uri("/agenda.ics")), approved, Instant.now());
    }

    private static Registration registration(URI feed) {
        return new Registration("Buurthuis De Kern", "Anna", "anna@dekern.example", feed, feed, "ical", 3, List.of());
    }

    private List<String> claimable() {
        return new SourceRepository(db.dataSource()).claimDue(Instant.now().plusSeconds(1), Duration.ofMillis(1), 100);
    }
}
