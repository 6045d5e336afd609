package nl.bijeen.aggregator.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PairBufferTest {

    @Test
    void pairsAddedMoreThanOnceComeOutOnceInAscendingOrder() {
        PairBuffer buffer = new PairBuffer();
        for (int round = 0; round < 3; round++) { // more pairs than the first array holds, each three times
            for (int a = 2_000; a > 0; a--) {
                buffer.add(Blocking.pair(a, a - 1));
            }
        }
        long[] pairs = buffer.distinct();
        assertThat(pairs).hasSize(2_000).isSorted();
        assertThat(Blocking.first(pairs[0])).isZero();
        assertThat(Blocking.second(pairs[0])).isEqualTo(1);
    }

    @Test
    void nothingAddedGivesNoPairs() {
        assertThat(new PairBuffer().distinct()).isEmpty();
    }
}
