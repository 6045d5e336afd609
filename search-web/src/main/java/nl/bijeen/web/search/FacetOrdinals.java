package nl.bijeen.web.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * The facet columns' values numbered across all segments of one view of the index (Lucene's global ordinals). With
 * them a search counts into one array per column and turns only the values it reports back into text, instead of
 * reading and hashing every value of every segment per search. Building them reads each column's value list once,
 * so it is done once per view ({@link Cache}), not per search.
 */
final class FacetOrdinals {

    private final IndexReader reader;
    private final Map<String, OrdinalMap> maps;
    private final SegmentFacets[] segments;

    private FacetOrdinals(IndexReader reader, Map<String, OrdinalMap> maps, SegmentFacets[] segments) {
        this.reader = reader;
        this.maps = maps;
        this.segments = segments;
    }

    static FacetOrdinals build(IndexReader reader, List<String> fields, SegmentFacets.Cache columns)
            throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        SegmentFacets[] segments = new SegmentFacets[leaves.size()];
        for (int i = 0; i < segments.length; i++) {
            segments[i] = columns.of(leaves.get(i).reader());
        }
        Map<String, OrdinalMap> maps = new HashMap<>();
        for (String field : fields) {
            SortedSetDocValues[] perLeaf = new SortedSetDocValues[leaves.size()];
            for (int i = 0; i < perLeaf.length; i++) {
                perLeaf[i] = DocValues.getSortedSet(leaves.get(i).reader(), field);
            }
            maps.put(field, OrdinalMap.build(null, perLeaf, PackedInts.DEFAULT));
        }
        return new FacetOrdinals(reader, maps, segments);
    }

    /** The facet columns of the segment with this leaf number, as arrays. */
    SegmentFacets segment(int leaf) {
        return segments[leaf];
    }

    /** How many distinct values the column has in this view. */
    int valueCount(String field) {
        return Math.toIntExact(maps.get(field).getValueCount());
    }

    /** Maps a segment's ordinals of {@code field} to this view's. */
    LongValues toGlobal(String field, int leaf) {
        return maps.get(field).getGlobalOrds(leaf);
    }

    /** The value with this global ordinal. */
    String value(String field, long globalOrd) throws IOException {
        OrdinalMap map = maps.get(field);
        int leaf = map.getFirstSegmentNumber(globalOrd);
        SortedSetDocValues values = DocValues.getSortedSet(reader.leaves().get(leaf).reader(), field);
        return values.lookupOrd(map.getFirstSegmentOrd(globalOrd)).utf8ToString();
    }

    /**
     * The ordinals of the view searched last. The searcher manager hands out the same reader until the index
     * changes, so one entry is enough; the first search after a refresh builds them for the new view.
     */
    static final class Cache {

        private final List<String> fields;
        private final SegmentFacets.Cache columns;
        private volatile FacetOrdinals current;

        Cache(List<String> fields) {
            this.fields = fields;
            this.columns = new SegmentFacets.Cache(fields);
        }

        FacetOrdinals of(IndexReader reader) throws IOException {
            FacetOrdinals known = current;
            if (known != null && known.reader == reader) {
                return known;
            }
            synchronized (this) {
                known = current;
                if (known == null || known.reader != reader) {
                    known = build(reader, fields, columns);
                    current = known;
                }
                return known;
            }
        }
    }
}
