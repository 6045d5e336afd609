package nl.bijeen.connectors.geo;

import java.util.Optional;

/**
 * Turns an address line ("Voorstraat 84, 2225 ER Katwijk") into a position. Implementations: {@link PdokGeocoder}
 * (the network, only when the operator enables it), {@link #cached} (cache first) and {@link #offline} (the cache
 * only).
 */
@FunctionalInterface
public interface Geocoder {

    /** The full answer, telling "no such address" apart from "could not ask". */
    GeocodeAnswer answer(String addressLine);

    /** The position of the address, or empty when it is unknown or could not be looked up. */
    default Optional<GeoPoint> geocode(String addressLine) {
        return answer(addressLine).asOptional();
    }

    /** Answers from the cache only and never touches the network: for running without geocoding. */
    static Geocoder offline(GeocodeCache cache) {
        return line -> AddressKey.of(line).flatMap(cache::get).orElse(GeocodeAnswer.UNAVAILABLE);
    }

    /** Asks the cache first and {@code delegate} only for addresses it does not know, remembering definite answers. */
    static Geocoder cached(GeocodeCache cache, Geocoder delegate) {
        return new CachingGeocoder(cache, delegate);
    }
}
