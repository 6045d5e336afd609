package nl.bijeen.web.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bijeen.web.search.ActivitySearch;
import nl.bijeen.web.support.AgendaServer;
import nl.bijeen.web.support.AgendaStore;
import nl.bijeen.web.support.TestDirs;

/**
 * The index keeps the change sequence number it is complete up to in its own commit, so restarting continues
 * where it stopped and a deleted index is rebuilt from 0 along the same path. Built directly on a real store.
 */
class IndexRebuildTest {

    private static final Clock CLOCK = Clock.system(ZoneId.of("Europe/Amsterdam"));

    @TempDir
    Path indexDir;
    private AgendaServer agenda;
    private AgendaStore store;

    @BeforeEach
    void startStoreWithOneSource() {
        agenda = new AgendaServer();
        store = AgendaStore.crawled(agenda);
    }

    @AfterEach
    void stop() {
        store.close();
        agenda.close();
    }

    @Test
    void restartedIndexContinuesFromItsLastCommittedChange() throws Exception {
        List<String> before;
        try (ActivityIndex index = ActivityIndex.open(indexDir, CLOCK)) {
            IndexFollower follower = new IndexFollower(index, store.store(), 500);
            follower.catchUp();
            assertThat(follower.lastAppliedSeq()).isEqualTo(store.store().lastSeq());
            before = titles(index, "");
        }
        agenda.publish(AgendaServer.WITH_COFFEE, "Koffie-inloop");
        store.crawl();

        try (ActivityIndex index = ActivityIndex.open(indexDir, CLOCK)) {
            IndexFollower follower = new IndexFollower(index, store.store(), 500);
            long committed = follower.lastAppliedSeq();
            assertThat(committed).as("seq remembered by the index").isPositive()
                    .isLessThan(store.store().lastSeq());
            int applied = follower.catchUp();
            assertThat(applied).as("only the changes since the restart")
                    .isEqualTo(store.store().changesAfter(committed, 1000).size());
            assertThat(before).contains("Koffieochtend in De Kern");
            assertThat(titles(index, "")).containsExactlyInAnyOrder("Koffie-inloop", "Klaverjassen");
        }
    }

    @Test
    void deletedIndexIsRebuiltFromTheStoreWithTheSameResults() throws Exception {
        agenda.publish(AgendaServer.WITHOUT_COFFEE, ""); // a removal in the history as well
        store.crawl();
        store.crawl(); // missing from two crawls in a row: gone (and then back below)
        agenda.publish(AgendaServer.WITH_COFFEE, "Koffieochtend terug van weggeweest");
        store.crawl();
        List<String> live;
        try (ActivityIndex index = ActivityIndex.open(indexDir, CLOCK)) {
            new IndexFollower(index, store.store(), 2).catchUp(); // small batches: several commits
            live = titles(index, "");
            assertThat(titles(index, "koffie")).containsExactly("Koffieochtend terug van weggeweest");
        }
        TestDirs.delete(indexDir);

        try (ActivityIndex index = ActivityIndex.open(indexDir, CLOCK)) {
            IndexFollower follower = new IndexFollower(index, store.store(), 500);
            assertThat(follower.lastAppliedSeq()).isZero();
            follower.catchUp();
            assertThat(follower.lastAppliedSeq()).isEqualTo(store.store().lastSeq());
            assertThat(titles(index, "")).containsExactlyElementsOf(live);
            assertThat(titles(index, "koffie")).containsExactly("Koffieochtend terug van weggeweest");
        }
    }

    @Test
    void indexBuiltFromAnotherDatabaseIsEmptiedAndRebuiltFromThisOne() throws Exception {
        try (ActivityIndex index = ActivityIndex.open(indexDir, CLOCK)) {
            assertThat(index.claimFor("database-a")).as("a new index just records its store").isFalse();
            new IndexFollower(index, store.store(), 500).catchUp();
        }
        try (ActivityIndex index = ActivityIndex.open(indexDir, CLOCK)) {
            assertThat(index.claimFor("database-a")).as("same store: kept").isFalse();
            assertThat(index.committedSeq()).isEqualTo(store.store().lastSeq());
        }
        try (ActivityIndex index = ActivityIndex.open(indexDir, CLOCK)) {
            assertThat(index.claimFor("database-b")).isTrue();
            assertThat(index.committedSeq()).isZero();
            assertThat(titles(index, "")).isEmpty();
            new IndexFollower(index, store.store(), 500).catchUp();
            assertThat(titles(index, "")).containsExactlyInAnyOrder("Koffieochtend in De Kern", "Klaverjassen");
        }
    }

    @Test
    void indexAheadOfAResetStoreStartsAgainFromZero() throws Exception {
        agenda.publish(AgendaServer.WITHOUT_COFFEE, "");
        store.crawl();
        store.crawl(); // missing twice in a row: the first store now has three changes: two inserts and a removal
        try (ActivityIndex index = ActivityIndex.open(indexDir, CLOCK)) {
            new IndexFollower(index, store.store(), 500).catchUp();
        }
        store.close();
        agenda.publish(AgendaServer.WITH_COFFEE, "Koffieochtend in De Kern");
        store = AgendaStore.crawled(agenda); // a fresh, empty database for the same source: sequence starts again

        try (ActivityIndex index = ActivityIndex.open(indexDir, CLOCK)) {
            IndexFollower follower = new IndexFollower(index, store.store(), 500);
            assertThat(follower.lastAppliedSeq()).isGreaterThan(store.store().lastSeq());
            follower.catchUp();
            assertThat(follower.lastAppliedSeq()).isEqualTo(store.store().lastSeq());
            assertThat(titles(index, "")).containsExactlyInAnyOrder("Koffieochtend in De Kern", "Klaverjassen");
        }
    }

    private static List<String> titles(ActivityIndex index, String q) {
        return new ActivitySearch(index).search(q, 100).activities().stream().map(IndexedActivity::title).toList();
    }
}
