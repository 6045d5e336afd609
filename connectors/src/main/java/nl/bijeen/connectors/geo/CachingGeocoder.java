package nl.bijeen.connectors.geo;

import java.util.Objects;
import java.util.Optional;

/** Cache first; the delegate only for addresses not asked before. Failures are not remembered, so they are retried. */
final class CachingGeocoder implements Geocoder {

    private final GeocodeCache cache;
    private final Geocoder delegate;

    CachingGeocoder(GeocodeCache cache, Geocoder delegate) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public GeocodeAnswer answer(String addressLine) {
        Optional<String> key = AddressKey.of(addressLine);
        if (key.isEmpty()) {
            return GeocodeAnswer.NOT_FOUND;
        }
        Optional<GeocodeAnswer> known = cache.get(key.get());
        if (known.isPresent()) {
            return known.get();
        }
        GeocodeAnswer fresh = delegate.answer(addressLine);
        if (fresh.isDefinite()) {
            cache.put(key.get(), fresh);
        }
        return fresh;
    }
}
