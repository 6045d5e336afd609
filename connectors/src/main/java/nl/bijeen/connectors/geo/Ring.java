package nl.bijeen.connectors.geo;

/**
 * One closed ring of a polygon, in lon/lat. Containment is by ray casting (even-odd crossings of a ray to the east).
 *
 * <p>Neighbouring areas share their boundary, so a point exactly on it must go to one of them, and always the same
 * one. Two rules make that so: an edge counts for the latitudes {@code [low, high)} of its end points, and the
 * crossing is computed from the edge's lower end point whatever direction the ring runs, so both neighbours compute
 * the very same number. A point on a shared edge then belongs to the area to its east (or, on an east-west edge, to
 * its north); a point on the outer edge of the whole map may belong to none.
 */
final class Ring {

    private final double[] lons;
    private final double[] lats;
    private final BoundingBox box;

    Ring(double[] lons, double[] lats) {
        if (lons.length != lats.length || lons.length < 3) {
            throw new IllegalArgumentException("a ring needs at least three points");
        }
        this.lons = lons.clone();
        this.lats = lats.clone();
        BoundingBox b = BoundingBox.EMPTY;
        for (int i = 0; i < lons.length; i++) {
            b = b.union(new BoundingBox(lons[i], lats[i], lons[i], lats[i]));
        }
        this.box = b;
    }

    BoundingBox box() {
        return box;
    }

    boolean contains(double lon, double lat) {
        if (!box.contains(lon, lat)) {
            return false;
        }
        boolean inside = false;
        for (int i = 0, j = lons.length - 1; i < lons.length; j = i++) {
            if ((lats[i] > lat) != (lats[j] > lat) && lon < crossingLon(i, j, lat)) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** Where the edge i-j crosses latitude {@code lat}, computed from its southern end so neighbours agree exactly. */
    private double crossingLon(int i, int j, double lat) {
        int low = lats[i] < lats[j] ? i : j;
        int high = low == i ? j : i;
        return lons[low] + (lat - lats[low]) * (lons[high] - lons[low]) / (lats[high] - lats[low]);
    }
}
