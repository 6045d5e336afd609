package nl.bijeen.aggregator.dedupe;

/** Distances on the scale of a town, where an equirectangular approximation is exact to well under a metre. */
final class Geo {

    private static final double EARTH_METRES = 6_371_000;

    private Geo() {
    }

    static double metres(double lat1, double lon1, double lat2, double lon2) {
        double x = Math.toRadians(lon2 - lon1) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        double y = Math.toRadians(lat2 - lat1);
        return Math.sqrt(x * x + y * y) * EARTH_METRES;
    }

    /** A grid cell of about 1 km, for blocking: places in one cell are compared. */
    static String cell(double latitude, double longitude) {
        return Math.round(latitude * 100) + ":" + Math.round(longitude * 60);
    }
}
