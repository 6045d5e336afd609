package nl.bijeen.web.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bijeen.aggregator.store.ActivityStore;
import nl.bijeen.web.search.ActivitySearch;
import nl.bijeen.web.support.AgendaServer;
import nl.bijeen.web.support.AgendaStore;
import nl.bijeen.web.support.SwitchableDataSource;
import nl.bijeen.web.support.Wait;

/** When the store cannot be read, the follower keeps trying and skips nothing once it can read again. */
class FollowerRetriesTest {

    @TempDir
    Path indexDir;
    private AgendaServer agenda;
    private AgendaStore agendaStore;

    @BeforeEach
    void storeTheAgenda() {
        agenda = new AgendaServer();
        agendaStore = AgendaStore.crawled(agenda);
    }

    @AfterEach
    void stop() {
        agendaStore.close();
        agenda.close();
    }

    @Test
    void followerRetriesWhileTheStoreIsDownAndThenAppliesEveryChange() throws Exception {
        SwitchableDataSource flaky = new SwitchableDataSource(agendaStore.dataSource());
        ActivityStore store = new ActivityStore(flaky);
        long target = agendaStore.store().lastSeq();
        try (ActivityIndex index = ActivityIndex.open(indexDir, Clock.system(ZoneId.of("Europe/Amsterdam")));
             IndexFollower follower = new IndexFollower(index, store, 1)) {
            flaky.setReachable(false);
            assertThatThrownBy(follower::catchUp).hasMessageContaining("database is down");
            follower.start(Duration.ofMillis(20));

            Wait.until("a few ticks have failed", Duration.ofSeconds(10), () -> follower.failedTicks() >= 3);
            assertThat(follower.lastAppliedSeq()).isZero();

            flaky.setReachable(true);
            Wait.until("the index has caught up", Duration.ofSeconds(10), () -> follower.lastAppliedSeq() == target);
            assertThat(new ActivitySearch(index).search("", 10).activities()).extracting(IndexedActivity::title)
                    .containsExactlyInAnyOrder("Koffieochtend in De Kern", "Klaverjassen");
        }
    }
}
