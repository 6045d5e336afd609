package nl.bijeen.web.organisation.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Counts the values of one SortedSetDocValues column over the documents a query matches. A directory holds
 * thousands of organisations, not millions of activities: counting per segment by ordinal and naming only the values
 * seen is plenty, without the activity index's cached columns.
 */
final class FacetCounter {

    private FacetCounter() {
    }

    static Map<String, Long> count(IndexSearcher searcher, Query query, String field) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        Map<String, Long> counts = new HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), field);
            long[] byOrd = new long[Math.toIntExact(values.getValueCount())];
            var live = leaf.reader().getLiveDocs();
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if ((live == null || live.get(doc)) && values.advanceExact(doc)) {
                    for (int k = values.docValueCount(); k > 0; k--) {
                        byOrd[(int) values.nextOrd()]++;
                    }
                }
            }
            for (int ord = 0; ord < byOrd.length; ord++) {
                if (byOrd[ord] > 0) {
                    counts.merge(values.lookupOrd(ord).utf8ToString(), byOrd[ord], Long::sum);
                }
            }
        }
        return counts;
    }
}
