package nl.bijeen.web.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * One segment's facet columns read into arrays of ordinals, once per segment. Counting facets reads a column value
 * for every matching document; from the doc values files that is a decode per value (most of a search's time when a
 * query matches hundreds of thousands of activities), from an array it is one load. A segment never changes, so the
 * arrays are kept until Lucene closes it ({@link Cache}); after a refresh only new segments are read. The price is
 * heap: about 50 bytes per activity for the seven columns (the three multi-valued ones need offsets too).
 */
final class SegmentFacets {

    /** Per field, the ordinal of each document's value (-1: none); null for a field with several values a doc. */
    private final int[][] single;
    /** Per multi-valued field, where each document's ordinals start in {@link #ords} (one more than docs). */
    private final int[][] starts;
    private final int[][] ords;
    private final int[] valueCounts;

    private SegmentFacets(int fields) {
        single = new int[fields][];
        starts = new int[fields][];
        ords = new int[fields][];
        valueCounts = new int[fields];
    }

    static SegmentFacets read(LeafReader reader, List<String> fields) throws IOException {
        SegmentFacets columns = new SegmentFacets(fields.size());
        for (int f = 0; f < fields.size(); f++) {
            SortedSetDocValues values = DocValues.getSortedSet(reader, fields.get(f));
            columns.valueCounts[f] = Math.toIntExact(values.getValueCount());
            SortedDocValues one = DocValues.unwrapSingleton(values);
            if (one != null) {
                columns.single[f] = readSingle(one, reader.maxDoc());
            } else {
                columns.readMulti(f, values, reader.maxDoc());
            }
        }
        return columns;
    }

    private static int[] readSingle(SortedDocValues values, int maxDoc) throws IOException {
        int[] ords = new int[maxDoc];
        java.util.Arrays.fill(ords, -1);
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            ords[doc] = values.ordValue();
        }
        return ords;
    }

    private void readMulti(int f, SortedSetDocValues values, int maxDoc) throws IOException {
        int[] start = new int[maxDoc + 1];
        int[] all = new int[Math.max(16, maxDoc)];
        int n = 0;
        int next = 0;
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            while (next <= doc) {
                start[next++] = n;
            }
            for (int k = values.docValueCount(); k > 0; k--) {
                if (n == all.length) {
                    all = java.util.Arrays.copyOf(all, all.length * 2);
                }
                all[n++] = (int) values.nextOrd();
            }
        }
        while (next <= maxDoc) {
            start[next++] = n;
        }
        starts[f] = start;
        ords[f] = java.util.Arrays.copyOf(all, n);
    }

    int fields() {
        return valueCounts.length;
    }

    int valueCount(int field) {
        return valueCounts[field];
    }

    /** Adds one to the count of each value {@code doc} has, per field, in the segment's own ordinals. */
    void count(int doc, int[][] counts) {
        for (int f = 0; f < valueCounts.length; f++) {
            int[] one = single[f];
            if (one != null) {
                int ord = one[doc];
                if (ord >= 0) {
                    counts[f][ord]++;
                }
            } else {
                int[] all = ords[f];
                int[] local = counts[f];
                for (int i = starts[f][doc], end = starts[f][doc + 1]; i < end; i++) {
                    local[all[i]]++;
                }
            }
        }
    }

    /**
     * As {@link #count} for every document from {@code min} (inclusive) to {@code max} (exclusive), column by column:
     * a query that matches everything hands over whole ranges, and a tight loop per column is several times faster.
     */
    void countRange(int min, int max, int[][] counts) {
        for (int f = 0; f < valueCounts.length; f++) {
            int[] local = counts[f];
            int[] one = single[f];
            if (one != null) {
                for (int doc = min; doc < max; doc++) {
                    int ord = one[doc];
                    if (ord >= 0) {
                        local[ord]++;
                    }
                }
            } else {
                int[] all = ords[f];
                for (int i = starts[f][min], end = starts[f][max]; i < end; i++) {
                    local[all[i]]++;
                }
            }
        }
    }

    /** The columns of every open segment, by the segment's core (shared by all views that contain it). */
    static final class Cache {

        private final List<String> fields;
        private final Map<IndexReader.CacheKey, SegmentFacets> bySegment = new ConcurrentHashMap<>();

        Cache(List<String> fields) {
            this.fields = fields;
        }

        SegmentFacets of(LeafReader segment) throws IOException {
            IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
            if (helper == null) {
                return read(segment, fields); // a reader Lucene cannot tell apart: nothing to key the arrays on
            }
            SegmentFacets known = bySegment.get(helper.getKey());
            if (known == null) {
                known = read(segment, fields);
                if (bySegment.putIfAbsent(helper.getKey(), known) == null) {
                    helper.addClosedListener(bySegment::remove);
                }
            }
            return known;
        }
    }
}
