package nl.bijeen.aggregator.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bijeen.aggregator.support.Drafts;

class DeduplicatorOverridesTest {

    private final Deduplicator deduplicator = new Deduplicator(DedupeSettings.defaults());
    private final DedupeItem koffie = DedupeItem.of(1, Drafts.weekly("a", "1", "Koffieochtend", 3));
    private final DedupeItem sameKoffie = DedupeItem.of(2, Drafts.weekly("b", "2", "Koffieochtend", 3));
    private final DedupeItem schaken = DedupeItem.of(3, Drafts.weekly("c", "3", "Schaakles voor de jeugd", 3));

    @Test
    void identicalItemsOfTwoSourcesAreOneActivityWithoutOverrides() {
        assertThat(deduplicator.cluster(List.of(koffie, sameKoffie), Overrides.none()).groups())
                .containsExactly(List.of(1L, 2L));
    }

    @Test
    void aNeverMergeOverrideKeepsItemsApartEvenWhenTheScoresSayMerge() {
        var never = new Overrides(List.of(), List.of(new Overrides.Pair(2, 1)));

        assertThat(deduplicator.cluster(List.of(koffie, sameKoffie), never).groups())
                .containsExactly(List.of(1L), List.of(2L));
    }

    @Test
    void aMergeOverrideJoinsItemsTheScoresKeepApart() {
        var merge = new Overrides(List.of(new Overrides.Pair(1, 3)), List.of());

        assertThat(deduplicator.cluster(List.of(koffie, schaken), merge).groups()).containsExactly(List.of(1L, 3L));
    }
}
