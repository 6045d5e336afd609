package nl.bijeen.web.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.util.SloppyMath;

import nl.bijeen.connectors.geo.GeoPoint;
import nl.bijeen.web.index.IndexedActivity;

/** How far each result of a near search is from the point searched from, as the page shows it. */
final class Distances {

    private Distances() {
    }

    /** @return per activity id with a known place, kilometres from {@code near} to one decimal; empty without it */
    static Map<Long, Double> km(GeoPoint near, List<IndexedActivity> activities) {
        Map<Long, Double> km = new HashMap<>();
        if (near != null) {
            for (IndexedActivity a : activities) {
                if (a.latitude() != null && a.longitude() != null) {
                    double metres = SloppyMath.haversinMeters(near.latitude(), near.longitude(), a.latitude(),
                            a.longitude());
                    km.put(a.id(), Math.round(metres / 100.0) / 10.0);
                }
            }
        }
        return km;
    }
}
