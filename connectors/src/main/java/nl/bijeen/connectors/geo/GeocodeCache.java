package nl.bijeen.connectors.geo;

import java.util.Optional;

/**
 * Remembered geocoding answers, keyed by the normalised address ({@link AddressKey}). The aggregator keeps them in
 * its store ({@code geocode_cache}); {@link InMemoryGeocodeCache} serves tests and single runs. Only definite
 * answers are put: a point, or {@link GeocodeAnswer#NOT_FOUND} (so an unknown address is not asked every crawl;
 * a store may let those expire).
 */
public interface GeocodeCache {

    /** What was learnt about this address before, or empty when it was never asked. */
    Optional<GeocodeAnswer> get(String normalisedAddress);

    void put(String normalisedAddress, GeocodeAnswer answer);
}
