package nl.bijeen.web.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bijeen.aggregator.organisation.OrganisationStore;
import nl.bijeen.aggregator.organisation.StoredOrganisation;
import nl.bijeen.aggregator.store.ActivityStore;
import nl.bijeen.aggregator.store.StoreMigrations;
import nl.bijeen.aggregator.support.H2TestDatabase;
import nl.bijeen.aggregator.support.OrganisationRows;
import nl.bijeen.web.organisation.index.OrganisationFollower;
import nl.bijeen.web.organisation.index.OrganisationIndex;
import nl.bijeen.web.organisation.search.OrganisationLabels;
import nl.bijeen.web.organisation.search.OrganisationQuery;
import nl.bijeen.web.organisation.search.OrganisationSearch;
import nl.bijeen.web.support.SwitchableDataSource;
import nl.bijeen.web.support.Wait;

/** The organisation index follows the store's change sequence: inserts, updates, removals, restarts and outages. */
class OrganisationIndexFollowsTheStoreTest {

    @TempDir
    Path dir;
    private final H2TestDatabase database = new H2TestDatabase();

    OrganisationIndexFollowsTheStoreTest() {
        StoreMigrations.migrate(database.dataSource());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void storedRenamedAndRemovedOrganisationsReachTheIndex() throws Exception {
        SocialMap.ALL.forEach(o -> OrganisationRows.put(database.dataSource(), o, List.of()));
        try (OrganisationIndex index = OrganisationIndex.open(dir)) {
            OrganisationFollower follower = follower(index, database.dataSource());
            assertThat(follower.catchUp()).isEqualTo(SocialMap.ALL.size());
            assertThat(names(index, "")).hasSize(6).startsWith("Bibliotheek Katwijk", "Buurthuis De Kern");
            assertThat(names(index, "welzijnskwartier")).containsExactly("Welzijnskwartier");

            OrganisationRows.put(database.dataSource(), renamed(SocialMap.BIEB, "Bibliotheek Duin en Rijn"), List.of());
            OrganisationRows.remove(database.dataSource(), SocialMap.SPORT.id());
            follower.catchUp();
            assertThat(names(index, "bibliotheek")).containsExactly("Bibliotheek Duin en Rijn");
            assertThat(names(index, "")).hasSize(5).doesNotContain("Sportvereniging Rijnsburg");
            assertThat(index.committedSeq()).isEqualTo(new ActivityStore(database.dataSource()).lastSeq());
        }
    }

    @Test
    void aReopenedIndexContinuesFromItsCommittedChange() throws Exception {
        OrganisationRows.put(database.dataSource(), SocialMap.WELZIJN, List.of());
        try (OrganisationIndex index = OrganisationIndex.open(dir)) {
            follower(index, database.dataSource()).catchUp();
        }
        OrganisationRows.put(database.dataSource(), SocialMap.KERK, List.of());
        try (OrganisationIndex index = OrganisationIndex.open(dir)) {
            assertThat(index.committedSeq()).isEqualTo(1);
            assertThat(follower(index, database.dataSource()).catchUp()).as("only the new change").isEqualTo(1);
            assertThat(names(index, "")).containsExactly("Protestantse Gemeente Rijnsburg", "Welzijnskwartier");
        }
    }

    @Test
    void anIndexAheadOfAResetStoreIsRebuilt() throws Exception {
        SocialMap.ALL.forEach(o -> OrganisationRows.put(database.dataSource(), o, List.of()));
        try (OrganisationIndex index = OrganisationIndex.open(dir)) {
            follower(index, database.dataSource()).catchUp();
        }
        try (H2TestDatabase fresh = new H2TestDatabase(); OrganisationIndex index = OrganisationIndex.open(dir)) {
            StoreMigrations.migrate(fresh.dataSource());
            OrganisationRows.put(fresh.dataSource(), SocialMap.BIEB, List.of());
            follower(index, fresh.dataSource()).catchUp();
            assertThat(names(index, "")).containsExactly("Bibliotheek Katwijk");
        }
    }

    @Test
    void theFollowerKeepsTryingWhileTheStoreIsDownAndSkipsNothing() throws Exception {
        SocialMap.ALL.forEach(o -> OrganisationRows.put(database.dataSource(), o, List.of()));
        SwitchableDataSource flaky = new SwitchableDataSource(database.dataSource());
        try (OrganisationIndex index = OrganisationIndex.open(dir);
             OrganisationFollower follower = follower(index, flaky)) {
            flaky.setReachable(false);
            follower.start(Duration.ofMillis(20));
            Wait.until("a few ticks have failed", Duration.ofSeconds(10), () -> follower.failedTicks() >= 3);
            assertThat(follower.lastAppliedSeq()).isZero();

            flaky.setReachable(true);
            long target = new ActivityStore(database.dataSource()).lastSeq();
            Wait.until("the index has caught up", Duration.ofSeconds(10), () -> follower.lastAppliedSeq() == target);
            assertThat(names(index, "")).hasSize(6);
        }
    }

    private static OrganisationFollower follower(OrganisationIndex index, javax.sql.DataSource dataSource) {
        return new OrganisationFollower(index, new ActivityStore(dataSource), new OrganisationStore(dataSource), 2);
    }

    private static List<String> names(OrganisationIndex index, String text) {
        OrganisationQuery query = new OrganisationQuery(text, null, null, null, null, null, 0, 50);
        return new OrganisationSearch(index, OrganisationLabels.codes()).search(query).hits().stream()
                .map(StoredOrganisation::name).toList();
    }

    static StoredOrganisation renamed(StoredOrganisation o, String name) {
        return new StoredOrganisation(o.id(), name, o.otherNames(), o.kind(), o.description(), o.themes(),
                o.audiences(), o.wijken(), o.place(), o.phone(), o.email(), o.website(), o.openingHours(), o.logo(),
                o.subsidised(), o.sourceIds(), o.activityCount(), o.firstSeen(), o.updatedAt());
    }
}
