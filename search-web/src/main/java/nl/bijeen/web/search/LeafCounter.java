package nl.bijeen.web.search;

import org.apache.lucene.util.LongValues;

/**
 * Counts the facet columns in one segment by the segment's own ordinals, then adds them to the view's counts by
 * global ordinal once, in {@link #finish()}: one mapping per distinct value instead of one per matching document.
 */
final class LeafCounter {

    private final SegmentFacets columns;
    private final LongValues[] toGlobal;
    private final int[][] global;
    private final int[][] local;

    /**
     * @param toGlobal per field, this segment's ordinals to the view's
     * @param global   per field, the counts by the view's ordinals, added to in {@link #finish()}
     */
    LeafCounter(SegmentFacets columns, LongValues[] toGlobal, int[][] global) {
        this.columns = columns;
        this.toGlobal = toGlobal;
        this.global = global;
        this.local = new int[columns.fields()][];
        for (int f = 0; f < local.length; f++) {
            local[f] = new int[columns.valueCount(f)];
        }
    }

    void collect(int doc) {
        columns.count(doc, local);
    }

    void collectRange(int min, int max) {
        columns.countRange(min, max, local);
    }

    void finish() {
        for (int f = 0; f < local.length; f++) {
            int[] counts = local[f];
            for (int ord = 0; ord < counts.length; ord++) {
                if (counts[ord] > 0) {
                    global[f][(int) toGlobal[f].get(ord)] += counts[ord];
                }
            }
        }
    }
}
