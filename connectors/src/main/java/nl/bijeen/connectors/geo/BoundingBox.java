package nl.bijeen.connectors.geo;

/** The smallest lon/lat rectangle around a shape: a cheap test before the exact one. */
record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {

    static final BoundingBox EMPTY = new BoundingBox(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY);

    boolean contains(double lon, double lat) {
        return lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat;
    }

    BoundingBox union(BoundingBox other) {
        return new BoundingBox(Math.min(minLon, other.minLon), Math.min(minLat, other.minLat),
                Math.max(maxLon, other.maxLon), Math.max(maxLat, other.maxLat));
    }
}
