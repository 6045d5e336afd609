package nl.bijeen.web.search;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.LongHeap;
import org.apache.lucene.util.LongValues;

import nl.bijeen.web.index.IndexFields;

/**
 * Counts the facet values of every document a query matches, straight from the SortedSetDocValues columns
 * (no taxonomy index to keep in step with the store). Each leaf counts by its own ordinals, folds them into the
 * view's global ordinals ({@link FacetOrdinals}) when done, and only the values reported are turned into text: the
 * cost per matching document is a few array increments, the cost per search does not grow with the number of
 * distinct organisers.
 *
 * <p>Per dimension the {@link #MAX_VALUES} values with the most results are reported. At a million activities there
 * are tens of thousands of organisers; nobody reads such a list, and sorting and sending it cost more than the search.
 */
final class FacetCounts {

    static final List<String> FIELDS = List.of(IndexFields.FACET_AUDIENCE, IndexFields.FACET_THEME,
            IndexFields.FACET_WIJK, IndexFields.FACET_ORGANISER, IndexFields.FACET_SOURCE, IndexFields.FACET_COST,
            IndexFields.FACET_KIND);
    /** Values reported per dimension, most results first. */
    static final int MAX_VALUES = 50;

    private FacetCounts() {
    }

    /**
     * @param hits   how many documents matched
     * @param values per facet field, value → number of matching documents; at most {@link #MAX_VALUES} per field
     */
    record Counted(long hits, Map<String, Map<String, Long>> values) {
    }

    /** Counts the matches and their facet values, alone or in the pass that also ranks ({@code MultiCollector}). */
    static CollectorManager<?, Counted> manager(FacetOrdinals ordinals) {
        return new Manager(ordinals);
    }

    /** Sorted most first, then by label; {@code labels} turns a stored value into a Count. */
    static List<Facets.Count> sorted(Map<String, Long> counts, Function<Map.Entry<String, Long>, Facets.Count> labels) {
        return counts.entrySet().stream().map(labels)
                .sorted(Comparator.comparingLong(Facets.Count::count).reversed()
                        .thenComparing(Facets.Count::label, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private record Manager(FacetOrdinals ordinals) implements CollectorManager<Counter, Counted> {

        @Override
        public Counter newCollector() {
            return new Counter(ordinals);
        }

        @Override
        public Counted reduce(Collection<Counter> collectors) throws IOException {
            Map<String, Map<String, Long>> total = new HashMap<>();
            long hits = 0;
            for (Counter c : collectors) {
                hits += c.hits;
            }
            for (int f = 0; f < FIELDS.size(); f++) {
                int[] sum = new int[ordinals.valueCount(FIELDS.get(f))];
                for (Counter c : collectors) {
                    int[] counts = c.counts[f];
                    for (int ord = 0; ord < counts.length; ord++) {
                        sum[ord] += counts[ord];
                    }
                }
                total.put(FIELDS.get(f), top(FIELDS.get(f), sum));
            }
            return new Counted(hits, total);
        }

        /** The values with the most results; among equal counts the first in value order. */
        private Map<String, Long> top(String field, int[] counts) throws IOException {
            LongHeap best = new LongHeap(MAX_VALUES);
            for (int ord = 0; ord < counts.length; ord++) {
                if (counts[ord] > 0) {
                    // count in the high half, inverted ordinal in the low half: the heap keeps the largest keys
                    best.insertWithOverflow(((long) counts[ord] << 32) | (0xFFFFFFFFL - ord));
                }
            }
            Map<String, Long> byValue = new HashMap<>();
            while (best.size() > 0) {
                long key = best.pop();
                byValue.put(ordinals.value(field, 0xFFFFFFFFL - (key & 0xFFFFFFFFL)), key >>> 32);
            }
            return byValue;
        }
    }

    /** One collector per slice: counts per field by global ordinal. */
    private static final class Counter implements Collector {

        private final FacetOrdinals ordinals;
        private final int[][] counts = new int[FIELDS.size()][];
        private long hits;

        Counter(FacetOrdinals ordinals) {
            this.ordinals = ordinals;
            for (int f = 0; f < FIELDS.size(); f++) {
                counts[f] = new int[ordinals.valueCount(FIELDS.get(f))];
            }
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            LongValues[] toGlobal = new LongValues[FIELDS.size()];
            for (int f = 0; f < toGlobal.length; f++) {
                toGlobal[f] = ordinals.toGlobal(FIELDS.get(f), context.ord);
            }
            LeafCounter counter = new LeafCounter(ordinals.segment(context.ord), toGlobal, counts);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) {
                    hits++;
                    counter.collect(doc);
                }

                @Override
                public void collectRange(int min, int max) {
                    hits += max - min;
                    counter.collectRange(min, max);
                }

                @Override
                public void finish() {
                    counter.finish();
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
