package nl.bijeen.aggregator.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ClusterIdsTest {

    private final AtomicLong next = new AtomicLong(100);

    @Test
    void whenAGroupSplitsTheLargerPartKeepsTheIdAndTheOtherGetsANewOne() {
        var assigned = ClusterIds.assign(List.of(List.of(1L), List.of(2L, 3L)), Map.of(1L, 7L, 2L, 7L, 3L, 7L),
                next::incrementAndGet);

        assertThat(assigned).containsExactly(new ClusterIds.Assigned(101, List.of(1L), true),
                new ClusterIds.Assigned(7, List.of(2L, 3L), false));
    }

    @Test
    void whenTwoGroupsMergeTheIdOfTheLargerSurvives() {
        var assigned = ClusterIds.assign(List.of(List.of(1L, 2L, 3L)), Map.of(1L, 5L, 2L, 9L, 3L, 9L),
                next::incrementAndGet);

        assertThat(assigned).containsExactly(new ClusterIds.Assigned(9, List.of(1L, 2L, 3L), false));
    }

    @Test
    void whenTwoEqualGroupsMergeTheOlderIdSurvives() {
        var assigned = ClusterIds.assign(List.of(List.of(1L, 2L)), Map.of(1L, 9L, 2L, 5L), next::incrementAndGet);

        assertThat(assigned).containsExactly(new ClusterIds.Assigned(5, List.of(1L, 2L), false));
    }
}
