package nl.bijeen.web.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

import nl.bijeen.web.index.IndexFields;

/**
 * Counts the facet values of every document a query matches, straight from the SortedSetDocValues columns
 * (no taxonomy index to keep in step with the store). Each leaf counts by ordinal; ordinals are turned into values
 * once per leaf, after collecting, so the cost per matching document is a few array increments.
 */
final class FacetCounts {

    static final List<String> FIELDS = List.of(IndexFields.FACET_AUDIENCE, IndexFields.FACET_THEME,
            IndexFields.FACET_WIJK, IndexFields.FACET_ORGANISER, IndexFields.FACET_SOURCE, IndexFields.FACET_COST,
            IndexFields.FACET_KIND);

    private FacetCounts() {
    }

    /**
     * Counts per facet field, value → number of matching documents, in the pass that also ranks the results (see
     * {@code MultiCollectorManager}).
     */
    static CollectorManager<?, Map<String, Map<String, Long>>> manager() {
        return new Manager();
    }

    /** Sorted most first, then by label; {@code labels} turns a stored value into a Count. */
    static List<Facets.Count> sorted(Map<String, Long> counts, Function<Map.Entry<String, Long>, Facets.Count> labels) {
        return counts.entrySet().stream().map(labels)
                .sorted(Comparator.comparingLong(Facets.Count::count).reversed()
                        .thenComparing(Facets.Count::label, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static final class Manager implements CollectorManager<LeafCounts, Map<String, Map<String, Long>>> {

        @Override
        public LeafCounts newCollector() {
            return new LeafCounts();
        }

        @Override
        public Map<String, Map<String, Long>> reduce(Collection<LeafCounts> collectors) throws IOException {
            Map<String, Map<String, Long>> total = new HashMap<>();
            FIELDS.forEach(f -> total.put(f, new HashMap<>()));
            for (LeafCounts c : collectors) {
                c.addTo(total);
            }
            return total;
        }
    }

    /** One collector per slice; keeps the ordinal counts of each leaf it sees. */
    private static final class LeafCounts implements Collector {

        private record Column(String field, SortedSetDocValues values, long[] counts) {
        }

        private final List<Column> columns = new ArrayList<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            List<Column> leaf = new ArrayList<>();
            for (String field : FIELDS) {
                SortedSetDocValues values = DocValues.getSortedSet(context.reader(), field);
                Column column = new Column(field, values, new long[(int) Math.max(0, values.getValueCount())]);
                leaf.add(column);
                columns.add(column);
            }
            // Fresh instances for counting: the column's own instance is kept only for lookupOrd afterwards.
            List<SortedSetDocValues> iterators = new ArrayList<>();
            for (String field : FIELDS) {
                iterators.add(DocValues.getSortedSet(context.reader(), field));
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    for (int i = 0; i < iterators.size(); i++) {
                        SortedSetDocValues dv = iterators.get(i);
                        if (dv.advanceExact(doc)) {
                            long[] counts = leaf.get(i).counts();
                            for (int n = dv.docValueCount(); n > 0; n--) {
                                counts[(int) dv.nextOrd()]++;
                            }
                        }
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        void addTo(Map<String, Map<String, Long>> total) throws IOException {
            for (Column c : columns) {
                Map<String, Long> byValue = total.get(c.field());
                for (int ord = 0; ord < c.counts().length; ord++) {
                    if (c.counts()[ord] > 0) {
                        byValue.merge(c.values().lookupOrd(ord).utf8ToString(), c.counts()[ord], Long::sum);
                    }
                }
            }
        }
    }
}
