package nl.bijeen.aggregator.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.bijeen.aggregator.store.Sql;
import nl.bijeen.aggregator.store.StoreMigrations;
import nl.bijeen.aggregator.support.TestDatabase;

/** Source registration, claiming due sources and failure back-off, on a real database. */
abstract class SourceRepositorySpec {

    private static final Duration LEASE = Duration.ofMinutes(2);

    private TestDatabase db;
    private SourceRegistry registry;
    private SourceRepository sources;
    private final Instant now = Sql.storable(Instant.now());

    protected abstract TestDatabase openDatabase();

    @BeforeEach
    void migrate() {
        db = openDatabase();
        StoreMigrations.migrate(db.dataSource());
        registry = new SourceRegistry(db.dataSource());
        sources = new SourceRepository(db.dataSource(), 10, () -> 0L); // no jitter: exact delays
    }

    @AfterEach
    void drop() {
        if (db != null) { // null when PostgreSQL was unreachable and the test was skipped
            db.close();
        }
    }

    private static List<SourceDefinition> definitions(String... ids) {
        List<SourceDefinition> list = new ArrayList<>();
        for (String id : ids) {
            list.add(new SourceDefinition(id, null, URI.create("https://" + id + ".example/agenda.ics"), null,
                    Duration.ofHours(1)));
        }
        return list;
    }

    @Test
    void eachDueSourceIsClaimedOnceUntilItsLeaseRunsOut() {
        registry.sync(definitions("a", "b", "c"), now.minusSeconds(10));

        List<String> first = sources.claimDue(now, LEASE, 2);
        List<String> second = sources.claimDue(now, LEASE, 10);

        assertThat(first).hasSize(2);
        assertThat(second).hasSize(1).doesNotContainAnyElementsOf(first);
        assertThat(sources.claimDue(now, LEASE, 10)).isEmpty();
        assertThat(sources.claimDue(now.plus(LEASE), LEASE, 10)).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void aRecipeIsStoredWithTheSourceAndAChangedRecipeMakesItDueAgain() {
        URI page = URI.create("https://buurthuis.example/agenda");
        registry.sync(List.of(new SourceDefinition("kern", null, page, "recipe", Duration.ofHours(1), "kern-v1")),
                now.minusSeconds(10));
        assertThat(sources.claimDue(now, LEASE, 10)).containsExactly("kern");

        registry.sync(List.of(new SourceDefinition("kern", null, page, "recipe", Duration.ofHours(1), "kern-v2")), now);

        assertThat(sources.target("kern")).hasValueSatisfying(t -> assertThat(t.recipe()).isEqualTo("kern-v2"));
        assertThat(sources.claimDue(now, LEASE, 10)).as("due again after its recipe changed").containsExactly("kern");
    }

    @Test
    void disabledSourcesAreNeverClaimed() {
        registry.sync(definitions("a", "b"), now.minusSeconds(10));
        registry.sync(definitions("b"), now.minusSeconds(10));

        assertThat(sources.claimDue(now, LEASE, 10)).containsExactly("b");
        assertThat(sources.statuses()).extracting(SourceStatus::id, SourceStatus::enabled)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", false), org.assertj.core.groups.Tuple.tuple("b", true));
    }

    @Test
    void aSourceBackInTheListIsEnabledAndDueAgain() {
        registry.sync(definitions("a"), now.minusSeconds(10));
        sources.claimDue(now, LEASE, 10);
        registry.sync(definitions(), now);

        registry.sync(definitions("a"), now);

        assertThat(sources.statuses()).singleElement().satisfies(s -> {
            assertThat(s.enabled()).isTrue();
            assertThat(s.nextDueAt()).isEqualTo(now);
        });
    }

    @Test
    void repeatedFailuresBackOffByDoublingButNeverBeyondTheSchedule() {
        registry.sync(definitions("a"), now);
        List<Duration> delays = new ArrayList<>();
        for (int failure = 1; failure <= 8; failure++) {
            sources.recordFailure("a", "De website antwoordde met foutcode 500.", now, 12);
            SourceStatus status = sources.statuses().getFirst();
            delays.add(Duration.between(status.lastAttemptAt(), status.nextDueAt()));
        }

        assertThat(delays).extracting(Duration::toMinutes).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L);
        assertThat(sources.statuses().getFirst().consecutiveFailures()).isEqualTo(8);
        assertThat(sources.statuses().getFirst().lastError()).isEqualTo("De website antwoordde met foutcode 500.");
    }

    private static SourceDefinition withSettings(String id, boolean paused) {
        return new SourceDefinition(id, "Ouderenbond", URI.create("https://" + id + ".example/agenda.ics"), "ical",
                Duration.ofHours(1), null, List.of("senioren", "mantelzorgers"), List.of("ontmoeten"), "WK053701",
                7, "agenda@" + id + ".example", paused);
    }

    @Test
    void theStoreKeepsEverySettingOfASource() {
        registry.sync(List.of(withSettings("bond", true)), now);

        SourceStatus status = sources.statuses().getFirst();
        assertThat(status.settings()).isEqualTo(new SourceStatus.Settings(List.of("senioren", "mantelzorgers"),
                List.of("ontmoeten"), "WK053701", 7, "agenda@bond.example", true));
        assertThat(sources.target("bond")).hasValueSatisfying(target -> {
            assertThat(target.defaultAudiences()).containsExactly("senioren", "mantelzorgers");
            assertThat(target.defaultThemes()).containsExactly("ontmoeten");
            assertThat(target.defaultWijk()).isEqualTo("WK053701");
        });
    }

    @Test
    void changedSettingsAreStoredAndEmptyDefaultsAreStoredAsNone() {
        registry.sync(List.of(withSettings("bond", false)), now);

        registry.sync(definitions("bond"), now);

        assertThat(sources.statuses().getFirst().settings()).isEqualTo(SourceStatus.Settings.NONE);
        assertThat(sources.target("bond")).hasValueSatisfying(target -> {
            assertThat(target.defaultAudiences()).isEmpty();
            assertThat(target.defaultWijk()).isNull();
        });
    }

    @Test
    void aPausedSourceIsNotClaimedUntilItIsResumed() {
        registry.sync(List.of(withSettings("bond", true), definitions("kern").getFirst()), now.minusSeconds(10));

        assertThat(sources.claimDue(now, LEASE, 10)).containsExactly("kern");
        assertThat(sources.claimDue(now.plus(Duration.ofDays(1)), LEASE, 10)).as("still paused").containsExactly("kern");

        registry.sync(List.of(withSettings("bond", false), definitions("kern").getFirst()), now);

        assertThat(sources.claimDue(now, LEASE, 10)).as("resumed, and long overdue").containsExactly("bond");
    }
}
