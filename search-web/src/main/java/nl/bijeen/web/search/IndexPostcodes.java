package nl.bijeen.web.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;

import nl.bijeen.connectors.geo.GeoPoint;
import nl.bijeen.web.index.ActivityIndex;
import nl.bijeen.web.index.IndexFields;

/**
 * Postcodes without a network: a table derived from the activities in the index whose address names a postcode and
 * whose place has coordinates (from the source or the geocode cache). A full postcode ("2225 ER") is the average
 * of the places that carry it; four digits ("2225") the average of all places in that area. On the demo world this
 * covers every venue's postcode and the areas 2221-2225, 2231 and 2235; a postcode where no activity takes place is
 * unknown unless geocoding is on.
 *
 * <p>The sums behind the averages are kept per segment, read once when a segment is first asked and dropped when
 * Lucene closes it: reading every activity's address again after each refresh (every 500 changes) took seconds at a
 * million activities. An activity deleted from a segment after it was read still counts until the segment is merged
 * away; its place was real, so the average moves little.
 */
final class IndexPostcodes implements PostcodeLocator {

    private static final Set<String> FIELDS = Set.of(IndexFields.PLACE_ADDRESS, IndexFields.LATITUDE,
            IndexFields.LONGITUDE);

    private final ActivityIndex index;
    /** Per segment core: postcode → {sum of latitudes, sum of longitudes, places}. */
    private final Map<IndexReader.CacheKey, Map<String, double[]>> bySegment = new ConcurrentHashMap<>();

    IndexPostcodes(ActivityIndex index) {
        this.index = index;
    }

    @Override
    public Optional<GeoPoint> locate(String postcode) {
        try {
            IndexSearcher searcher = index.acquire();
            try {
                double[] total = new double[3];
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    double[] sums = sums(leaf.reader()).get(postcode);
                    for (int i = 0; sums != null && i < total.length; i++) {
                        total[i] += sums[i];
                    }
                }
                return total[2] == 0 ? Optional.empty()
                        : Optional.of(new GeoPoint(total[0] / total[2], total[1] / total[2], precision(postcode)));
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading postcodes from the index failed", e);
        }
    }

    private Map<String, double[]> sums(LeafReader segment) throws IOException {
        IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
        if (helper == null) {
            return read(segment); // a reader Lucene cannot tell apart: nothing to key the sums on
        }
        Map<String, double[]> known = bySegment.get(helper.getKey());
        if (known == null) {
            known = read(segment);
            if (bySegment.putIfAbsent(helper.getKey(), known) == null) {
                helper.addClosedListener(bySegment::remove);
            }
        }
        return known;
    }

    private static Map<String, double[]> read(LeafReader segment) throws IOException {
        Map<String, double[]> sums = new HashMap<>();
        Bits live = segment.getLiveDocs();
        StoredFields stored = segment.storedFields();
        for (int doc = 0; doc < segment.maxDoc(); doc++) {
            if (live != null && !live.get(doc)) {
                continue;
            }
            Document d = stored.document(doc, FIELDS);
            String address = d.get(IndexFields.PLACE_ADDRESS);
            Matcher m = address == null || d.getField(IndexFields.LATITUDE) == null ? null
                    : Postcode.IN_ADDRESS.matcher(address);
            if (m != null && m.find()) {
                double lat = d.getField(IndexFields.LATITUDE).numericValue().doubleValue();
                double lon = d.getField(IndexFields.LONGITUDE).numericValue().doubleValue();
                for (String key : List.of(m.group(1) + " " + m.group(2), m.group(1))) {
                    double[] s = sums.computeIfAbsent(key, k -> new double[3]);
                    s[0] += lat;
                    s[1] += lon;
                    s[2]++;
                }
            }
        }
        return sums;
    }

    private static GeoPoint.Precision precision(String key) {
        // Four digits cover a few streets to a village: as coarse as a town for "which wijk".
        return key.length() == 4 ? GeoPoint.Precision.TOWN : GeoPoint.Precision.POSTCODE;
    }
}
