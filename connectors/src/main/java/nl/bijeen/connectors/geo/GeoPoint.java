package nl.bijeen.connectors.geo;

import java.util.Objects;

/**
 * A WGS84 position and how precisely it stands for the place.
 *
 * @param latitude  degrees north
 * @param longitude degrees east
 * @param precision what the point is: the source's own coordinates, an address, a postcode area's centre, or a town's
 */
public record GeoPoint(double latitude, double longitude, Precision precision) {

    /** From precise to coarse. */
    public enum Precision {
        /** Coordinates the source published (iCal GEO, schema.org geo). */
        SOURCE,
        /** A BAG address (house number). */
        ADDRESS,
        /** The centre of a six-position postcode: one side of a street, a few dozen addresses. */
        POSTCODE,
        /** The centre of a town: says where the town is, not which wijk. */
        TOWN;

        /** True when a point this precise can tell the wijk and buurt. */
        public boolean placesWithinWijk() {
            return this != TOWN;
        }
    }

    public GeoPoint {
        Objects.requireNonNull(precision, "precision");
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("not a WGS84 position: " + latitude + ", " + longitude);
        }
    }
}
