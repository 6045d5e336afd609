package nl.bijeen.web.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bijeen.web.search.ActivitySearch;
import nl.bijeen.web.support.AgendaServer;
import nl.bijeen.web.support.AgendaStore;
import nl.bijeen.web.support.MovableClock;

/**
 * An unchanged weekly activity is not in the change sequence again, yet its next date moves on every week. The
 * follower recomputes all dates once a day so "soonest first" stays true without anything changing in the store.
 */
class DatesMoveOnTest {

    @TempDir
    Path indexDir;
    private final MovableClock clock = new MovableClock(Instant.now(), ZoneId.of("Europe/Amsterdam"));
    private AgendaServer agenda;
    private AgendaStore store;

    @BeforeEach
    void storeAWeeklyAgenda() {
        agenda = new AgendaServer();
        agenda.publish(AgendaServer.WEEKLY, "");
        store = AgendaStore.crawled(agenda);
    }

    @AfterEach
    void stop() {
        store.close();
        agenda.close();
    }

    @Test
    void nextDatesAndSoonestFirstOrderFollowTheCalendarAfterADailyRefresh() throws Exception {
        try (ActivityIndex index = ActivityIndex.open(indexDir, clock)) {
            IndexFollower follower = new IndexFollower(index, store.store(), 500);
            follower.catchUp();
            assertThat(follower.refreshIfNewDay()).as("a new index was written today").isZero();
            assertThat(soonestFirst(index)).containsExactly("Wekelijkse soos", "Klaverjassen", "Rommelmarkt");

            clock.advance(Duration.ofDays(3));
            assertThat(soonestFirst(index)).as("before the refresh: past dates filtered, order still of 3 days ago")
                    .containsExactly("Wekelijkse soos", "Rommelmarkt");

            assertThat(follower.refreshIfNewDay()).isEqualTo(3);
            assertThat(soonestFirst(index)).containsExactly("Rommelmarkt", "Wekelijkse soos");
            IndexedActivity soos = new ActivitySearch(index).search("soos", 1).activities().getFirst();
            assertThat(soos.dates()).hasSize(3).allSatisfy(d -> assertThat(d.start()).isAfter(clock.instant()));
            assertThat(follower.refreshIfNewDay()).as("once a day").isZero();
            assertThat(index.committedSeq()).isEqualTo(store.store().lastSeq());
        }
    }

    private static List<String> soonestFirst(ActivityIndex index) {
        return new ActivitySearch(index).search("", 10).activities().stream().map(IndexedActivity::title).toList();
    }
}
