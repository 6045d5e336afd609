package nl.bijeen.connectors.geo;

import java.net.URI;
import java.time.Duration;

/**
 * How to reach the PDOK Locatieserver.
 *
 * @param baseUrl   the search API; {@code /free} is appended (default {@value #DEFAULT_BASE_URL})
 * @param minDelay  the least time between two requests, to be polite to a free public service (default 500 ms)
 * @param timeout   how long to wait for a connection and for an answer (default 10 s)
 * @param userAgent how Bijeen introduces itself
 */
public record PdokSettings(URI baseUrl, Duration minDelay, Duration timeout, String userAgent) {

    public static final String DEFAULT_BASE_URL = "https://api.pdok.nl/bzk/locatieserver/search/v3_1";

    public PdokSettings {
        baseUrl = baseUrl == null ? URI.create(DEFAULT_BASE_URL) : baseUrl;
        minDelay = minDelay == null ? Duration.ofMillis(500) : minDelay;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        userAgent = userAgent == null || userAgent.isBlank() ? "Bijeen (buurtactiviteiten; geocoding)" : userAgent;
        if (minDelay.isNegative() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("minDelay must be >= 0 and timeout > 0");
        }
    }

    public static PdokSettings defaults() {
        return new PdokSettings(null, null, null, null);
    }

    /** The free-search endpoint. */
    URI freeEndpoint() {
        String base = baseUrl.toString();
        return URI.create(base.endsWith("/") ? base + "free" : base + "/free");
    }
}
