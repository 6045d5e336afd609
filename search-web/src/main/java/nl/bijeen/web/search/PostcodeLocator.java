package nl.bijeen.web.search;

import java.util.Optional;

import nl.bijeen.connectors.geo.GeoPoint;

/** Where a Dutch postcode lies. */
@FunctionalInterface
public interface PostcodeLocator {

    /** @param postcode as {@link Postcode#parse} writes it: "2225 ER" or "2225" */
    Optional<GeoPoint> locate(String postcode);

    /** Knows no postcode. */
    static PostcodeLocator none() {
        return p -> Optional.empty();
    }

    /** Asks this one first, {@code next} when this one does not know. */
    default PostcodeLocator orElse(PostcodeLocator next) {
        return p -> locate(p).or(() -> next.locate(p));
    }
}
