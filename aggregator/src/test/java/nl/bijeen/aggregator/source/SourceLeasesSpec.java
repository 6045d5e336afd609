package nl.bijeen.aggregator.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.bijeen.aggregator.store.Sql;
import nl.bijeen.aggregator.store.StoreMigrations;
import nl.bijeen.aggregator.store.Transactions;
import nl.bijeen.aggregator.support.TestDatabase;

/** Leases on due sources shared by several crawler nodes on one database (SELECT … FOR UPDATE SKIP LOCKED). */
abstract class SourceLeasesSpec {

    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final int SOURCES = 40;

    private TestDatabase db;
    private final Instant now = Sql.storable(Instant.now());

    protected abstract TestDatabase openDatabase();

    @BeforeEach
    void migrate() {
        db = openDatabase();
        StoreMigrations.migrate(db.dataSource());
        List<SourceDefinition> definitions = new ArrayList<>();
        for (int i = 0; i < SOURCES; i++) {
            definitions.add(new SourceDefinition("s" + i, null, URI.create("https://s" + i + ".example/agenda.ics"),
                    null, Duration.ofHours(1)));
        }
        new SourceRegistry(db.dataSource()).sync(definitions, now.minusSeconds(10));
    }

    @AfterEach
    void drop() {
        if (db != null) { // null when PostgreSQL was unreachable and the test was skipped
            db.close();
        }
    }

    private SourceLeases node(String name) {
        return new SourceLeases(db.dataSource(), name);
    }

    @Test
    void nodesClaimingAtTheSameTimeNeverGetTheSameSourceAndTogetherGetThemAll() throws Exception {
        List<Callable<List<String>>> claims = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            SourceLeases node = node("node-" + n);
            claims.add(() -> {
                List<String> mine = new ArrayList<>();
                for (List<String> batch = node.claimDue(now, LEASE, 3); !batch.isEmpty();
                     batch = node.claimDue(now, LEASE, 3)) {
                    mine.addAll(batch);
                }
                return mine;
            });
        }
        List<String> all = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(claims.size())) {
            for (Future<List<String>> claimed : pool.invokeAll(claims)) {
                all.addAll(claimed.get());
            }
        }
        assertThat(all).doesNotHaveDuplicates().hasSize(SOURCES);
    }

    @Test
    void aDeadNodesSourcesAreTakenOverWhenItsLeasesExpire() {
        assertThat(node("dead").claimDue(now, LEASE, 5)).containsExactly("s0", "s1", "s10", "s11", "s12");

        assertThat(node("alive").claimDue(now.plus(LEASE).minusSeconds(1), LEASE, 5))
                .as("leased: the next five").containsExactly("s13", "s14", "s15", "s16", "s17");
        assertThat(node("alive").claimDue(now.plus(LEASE), LEASE, 5))
                .as("the dead node's leases have expired; longest overdue first, then by id")
                .containsExactly("s0", "s1", "s10", "s11", "s12");
    }

    @Test
    void aRenewedLeaseKeepsTheSourceWithItsNode() {
        SourceLeases working = node("working");
        working.claimDue(now, LEASE, 1);
        assertThat(working.renew(now.plus(LEASE).minusSeconds(1), LEASE)).as("leases held").isEqualTo(1);

        assertThat(node("other").claimDue(now.plus(LEASE).plusSeconds(1), LEASE, 1))
                .as("still leased after the first expiry").doesNotContain("s0");
    }

    @Test
    void aSourceLockedByTheNodesOwnWriteDoesNotHoldUpTheRenewalOfItsOtherLeases() throws Exception {
        SourceLeases working = node("working");
        assertThat(working.claimDue(now, LEASE, 2)).containsExactly("s0", "s1");
        try (java.sql.Connection writing = db.dataSource().getConnection()) {
            writing.setAutoCommit(false);
            assertThat(working.stillHeld(writing, "s0")).as("the crawl of s0 is recording").isTrue();

            assertThat(working.renew(now.plusSeconds(10), LEASE)).as("s1 renewed, s0 skipped").isEqualTo(1);
            writing.rollback();
        }
        assertThat(working.renew(now.plusSeconds(20), LEASE)).isEqualTo(2);
    }

    @Test
    void recordingTheCrawlReleasesTheLeaseAndTheSourceIsDueAgainOnlyAfterItsSchedule() {
        SourceRepository repository = new SourceRepository(db.dataSource(), 10, () -> 0L, "crawler");
        assertThat(repository.claimDue(now, LEASE, 1)).containsExactly("s0");
        Transactions.inTransaction(db.dataSource(), "recording", c -> {
            repository.recordSuccess(c, "s0", new CrawlSuccess(null, null, 0, now, 5, List.of()));
            return null;
        });

        assertThat(repository.leases().renew(now, LEASE)).as("no lease left to renew").isZero();
        assertThat(node("other").claimDue(now.plus(Duration.ofMinutes(59)), LEASE, SOURCES)).doesNotContain("s0");
        assertThat(node("other").claimDue(now.plus(Duration.ofHours(1)), LEASE, SOURCES)).contains("s0");
    }

    @Test
    void aNodeReleasesOnlyItsOwnLease() {
        node("owner").claimDue(now, LEASE, 1);
        node("stranger").release("s0");

        assertThat(node("owner").renew(now, LEASE)).isEqualTo(1);
        node("owner").release("s0");
        assertThat(node("owner").renew(now, LEASE)).isZero();
        assertThat(node("stranger").claimDue(now, LEASE, 1)).containsExactly("s0");
    }

    @Test
    void makingASourceDueNowHandsItToTheNextCrawlerRound() {
        SourceRepository repository = new SourceRepository(db.dataSource(), 10, () -> 0L, "web");
        List<String> all = node("crawler").claimDue(now, LEASE, SOURCES);
        all.forEach(id -> Transactions.inTransaction(db.dataSource(), "recording", c -> {
            repository.recordSuccess(c, id, new CrawlSuccess(null, null, 0, now, 5, List.of()));
            return null;
        }));
        Instant later = now.plusSeconds(60);

        assertThat(repository.makeDue("s7", later)).isTrue();
        assertThat(repository.makeDue("nope", later)).isFalse();
        assertThat(node("crawler").claimDue(later, LEASE, SOURCES)).containsExactly("s7");
    }
}
