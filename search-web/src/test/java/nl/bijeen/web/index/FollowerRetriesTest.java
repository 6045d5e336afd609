package nl.bijeen.web.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.AggregatorSettings;
import nl.bijeen.aggregator.source.SourceDefinition;
import nl.bijeen.aggregator.store.ActivityStore;
import nl.bijeen.web.search.ActivitySearch;
import nl.bijeen.web.support.AgendaServer;
import nl.bijeen.web.support.SwitchableDataSource;
import nl.bijeen.web.support.Wait;

/** When the store cannot be read, the follower keeps trying and skips nothing once it can read again. */
class FollowerRetriesTest {

    @TempDir
    Path indexDir;
    private AgendaServer agenda;
    private Aggregator aggregator;
    private JdbcDataSource database;

    @BeforeEach
    void storeTheAgenda() {
        agenda = new AgendaServer();
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:retries-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        AggregatorSettings d = AggregatorSettings.defaults();
        aggregator = Aggregator.start(new AggregatorSettings(false, d.schedulerTick(), d.connectTimeout(),
                d.requestTimeout(), d.maxBodyBytes(), d.userAgent(), d.horizon()), database,
                List.of(new SourceDefinition("de-kern", "De Kern", agenda.agendaUri(), "ical", Duration.ofHours(1))));
        assertThat(aggregator.crawlNow("de-kern").success()).isTrue();
    }

    @AfterEach
    void stop() {
        aggregator.close();
        agenda.close();
    }

    @Test
    void followerRetriesWhileTheStoreIsDownAndThenAppliesEveryChange() throws Exception {
        SwitchableDataSource flaky = new SwitchableDataSource(database);
        ActivityStore store = new ActivityStore(flaky);
        long target = aggregator.store().lastSeq();
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
