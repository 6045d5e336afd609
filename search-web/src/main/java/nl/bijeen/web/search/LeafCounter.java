package nl.bijeen.web.search;

import java.io.IOException;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.LongValues;

/**
 * Counts one facet column in one segment by the segment's own ordinals, then adds them to the view's counts by
 * global ordinal once, in {@link #finish()}: one mapping per distinct value instead of one per matching document.
 */
final class LeafCounter {

    private final SortedSetDocValues values;
    /** The same column when each document has at most one value (wijk, organiser, cost, kind): a cheaper read. */
    private final SortedDocValues single;
    private final LongValues toGlobal;
    private final int[] global;
    private final int[] local;

    LeafCounter(SortedSetDocValues values, LongValues toGlobal, int[] global) {
        this.values = values;
        this.single = DocValues.unwrapSingleton(values);
        this.toGlobal = toGlobal;
        this.global = global;
        this.local = new int[Math.toIntExact(values.getValueCount())];
    }

    void collect(int doc) throws IOException {
        if (single != null) {
            if (single.advanceExact(doc)) {
                local[single.ordValue()]++;
            }
        } else if (values.advanceExact(doc)) {
            for (int n = values.docValueCount(); n > 0; n--) {
                local[(int) values.nextOrd()]++;
            }
        }
    }

    void finish() {
        for (int ord = 0; ord < local.length; ord++) {
            if (local[ord] > 0) {
                global[(int) toGlobal.get(ord)] += local[ord];
            }
        }
    }
}
