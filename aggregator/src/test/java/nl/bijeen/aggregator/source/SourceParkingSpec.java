package nl.bijeen.aggregator.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.bijeen.aggregator.store.Sql;
import nl.bijeen.aggregator.store.StoreMigrations;
import nl.bijeen.aggregator.support.TestDatabase;

/** Backoff with jitter, Retry-After as the earliest next attempt, and parking after failures, on a real database. */
abstract class SourceParkingSpec {

    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final String ERROR = "De website antwoordde met foutcode 500.";

    private TestDatabase db;
    private SourceRegistry registry;
    private final Instant now = Sql.storable(Instant.now());

    protected abstract TestDatabase openDatabase();

    @BeforeEach
    void migrate() {
        db = openDatabase();
        StoreMigrations.migrate(db.dataSource());
        registry = new SourceRegistry(db.dataSource());
        registry.sync(List.of(definition("https://a.example/agenda.ics")), now);
    }

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    private static SourceDefinition definition(String url) {
        return new SourceDefinition("a", null, URI.create(url), null, Duration.ofHours(1));
    }

    private SourceRepository sources(int parkAfter, double jitterDraw) {
        return new SourceRepository(db.dataSource(), parkAfter, new java.util.random.RandomGenerator() {
            @Override
            public long nextLong() {
                return 0L;
            }

            @Override
            public double nextDouble() {
                return jitterDraw;
            }
        });
    }

    private SourceStatus status() {
        return sources(10, 0).statuses().getFirst();
    }

    @Test
    void jitterTakesUpToAFifthOffTheBackoff() {
        sources(10, 0.5).recordFailure("a", ERROR, now, 5);
        sources(10, 0.5).recordFailure("a", ERROR, now, 5);

        assertThat(status().nextDueAt()).isEqualTo(now.plus(Duration.ofSeconds(108))); // 2 min less 10 %
    }

    @Test
    void aRetryAfterLaterThanTheBackoffIsTheNextAttempt() {
        Instant retryAfter = now.plus(Duration.ofMinutes(45));

        sources(10, 0).recordFailure("a", "De website antwoordde met foutcode 429.", now, 5, retryAfter);

        assertThat(status().nextDueAt()).isEqualTo(retryAfter);
        assertThat(sources(10, 0).claimDue(now.plus(Duration.ofMinutes(44)), LEASE, 10)).isEmpty();
        assertThat(sources(10, 0).claimDue(retryAfter, LEASE, 10)).containsExactly("a");
    }

    @Test
    void aRetryAfterSoonerThanTheBackoffDoesNotShortenIt() {
        sources(10, 0).recordFailure("a", ERROR, now, 5, now.plusSeconds(5));

        assertThat(status().nextDueAt()).isEqualTo(now.plus(Duration.ofMinutes(1)));
    }

    @Test
    void afterTheConfiguredNumberOfFailuresInARowASourceIsParkedAndNoLongerClaimed() {
        SourceRepository sources = sources(3, 0);
        sources.recordFailure("a", ERROR, now, 5);
        sources.recordFailure("a", ERROR, now, 5);
        assertThat(status().parked()).isFalse();

        sources.recordFailure("a", ERROR, now, 5);

        assertThat(status().parked()).isTrue();
        assertThat(status().parkedReason()).isEqualTo("Bijeen haalt deze bron niet meer op: het ging 3 keer op rij "
                + "mis (laatste fout: " + ERROR + "). Een beheerder of de eigenaar kan de bron weer aanzetten; een "
                + "nieuw adres zet haar ook weer aan.");
        assertThat(sources.claimDue(now.plus(Duration.ofDays(30)), LEASE, 10)).isEmpty();
    }

    @Test
    void reEnablingAParkedSourceMakesItDueNowWithItsFailuresForgotten() {
        SourceRepository sources = sources(1, 0);
        sources.recordFailure("a", ERROR, now, 5);

        assertThat(sources.unpark("a", now)).isTrue();

        assertThat(status().parked()).isFalse();
        assertThat(status().consecutiveFailures()).isZero();
        assertThat(sources.claimDue(now, LEASE, 10)).containsExactly("a");
        assertThat(sources.unpark("a", now)).as("not parked any more").isFalse();
    }

    @Test
    void aNewAddressInTheConfigurationTakesAParkedSourceBackIn() {
        sources(1, 0).recordFailure("a", ERROR, now, 5);

        registry.sync(List.of(definition("https://a.example/nieuwe-agenda.ics")), now);

        assertThat(status().parked()).isFalse();
        assertThat(sources(1, 0).claimDue(now, LEASE, 10)).containsExactly("a");
    }

    @Test
    void anUnchangedConfigurationLeavesAParkedSourceParked() {
        sources(1, 0).recordFailure("a", ERROR, now, 5);

        registry.sync(List.of(definition("https://a.example/agenda.ics")), now);

        assertThat(status().parked()).isTrue();
    }
}
