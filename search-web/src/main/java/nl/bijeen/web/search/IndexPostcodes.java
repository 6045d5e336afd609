package nl.bijeen.web.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

import nl.bijeen.connectors.geo.GeoPoint;
import nl.bijeen.web.index.ActivityIndex;
import nl.bijeen.web.index.IndexFields;

/**
 * Postcodes without a network: a table derived from the activities in the index whose address names a postcode and
 * whose place has coordinates (from the source or the geocode cache). A full postcode ("2225 ER") is the average
 * of the places that carry it; four digits ("2225") the average of all places in that area. On the demo world this
 * covers every venue's postcode and the areas 2221-2225, 2231 and 2235; a postcode where no activity takes place is
 * unknown unless geocoding is on. The table is rebuilt when the index has changed since it was last made.
 */
final class IndexPostcodes implements PostcodeLocator {

    private static final Set<String> FIELDS = Set.of(IndexFields.PLACE_ADDRESS, IndexFields.LATITUDE,
            IndexFields.LONGITUDE);

    private final ActivityIndex index;
    private record Table(IndexReader reader, Map<String, GeoPoint> points) {
    }
    private volatile Table table;

    IndexPostcodes(ActivityIndex index) {
        this.index = index;
    }

    @Override
    public Optional<GeoPoint> locate(String postcode) {
        try {
            return Optional.ofNullable(current().points().get(postcode));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading postcodes from the index failed", e);
        }
    }

    private Table current() throws IOException {
        IndexSearcher searcher = index.acquire();
        try {
            Table t = table;
            if (t == null || t.reader() != searcher.getIndexReader()) {
                t = new Table(searcher.getIndexReader(), build(searcher));
                table = t;
            }
            return t;
        } finally {
            index.release(searcher);
        }
    }

    private static Map<String, GeoPoint> build(IndexSearcher searcher) throws IOException {
        Map<String, double[]> sums = new HashMap<>();
        TopDocs all = searcher.search(new MatchAllDocsQuery(), Math.max(1, searcher.getIndexReader().numDocs()));
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : all.scoreDocs) {
            Document doc = stored.document(sd.doc, FIELDS);
            String address = doc.get(IndexFields.PLACE_ADDRESS);
            if (address == null || doc.getField(IndexFields.LATITUDE) == null) {
                continue;
            }
            Matcher m = Postcode.IN_ADDRESS.matcher(address);
            if (m.find()) {
                double lat = doc.getField(IndexFields.LATITUDE).numericValue().doubleValue();
                double lon = doc.getField(IndexFields.LONGITUDE).numericValue().doubleValue();
                for (String key : List.of(m.group(1) + " " + m.group(2), m.group(1))) {
                    double[] s = sums.computeIfAbsent(key, k -> new double[3]);
                    s[0] += lat;
                    s[1] += lon;
                    s[2]++;
                }
            }
        }
        Map<String, GeoPoint> points = new HashMap<>();
        sums.forEach((key, s) -> points.put(key, new GeoPoint(s[0] / s[2], s[1] / s[2], precision(key))));
        return points;
    }

    private static GeoPoint.Precision precision(String key) {
        // Four digits cover a few streets to a village: as coarse as a town for "which wijk".
        return key.length() == 4 ? GeoPoint.Precision.TOWN : GeoPoint.Precision.POSTCODE;
    }
}
