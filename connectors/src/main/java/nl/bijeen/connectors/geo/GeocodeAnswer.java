package nl.bijeen.connectors.geo;

import java.util.Objects;
import java.util.Optional;

/**
 * What a geocoder made of an address: a point, "no such address" (worth remembering), or "could not ask" (the
 * service failed or geocoding is off; worth asking again later, so never cached).
 */
public record GeocodeAnswer(Outcome outcome, GeoPoint point) {

    public enum Outcome { FOUND, NOT_FOUND, UNAVAILABLE }

    public static final GeocodeAnswer NOT_FOUND = new GeocodeAnswer(Outcome.NOT_FOUND, null);
    public static final GeocodeAnswer UNAVAILABLE = new GeocodeAnswer(Outcome.UNAVAILABLE, null);

    public GeocodeAnswer {
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == Outcome.FOUND) != (point != null)) {
            throw new IllegalArgumentException("a point comes with FOUND, and only with FOUND");
        }
    }

    public static GeocodeAnswer found(GeoPoint point) {
        return new GeocodeAnswer(Outcome.FOUND, Objects.requireNonNull(point, "point"));
    }

    public Optional<GeoPoint> asOptional() {
        return Optional.ofNullable(point);
    }

    /** True for answers that hold until the address data changes: a point or "no such address". */
    public boolean isDefinite() {
        return outcome != Outcome.UNAVAILABLE;
    }
}
