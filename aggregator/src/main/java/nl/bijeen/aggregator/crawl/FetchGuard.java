package nl.bijeen.aggregator.crawl;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a URL may be fetched; asked for the first URL and for every redirect target. The standard guard
 * admits http and https URLs that name a host. Address checks (SSRF), robots.txt and per-host politeness are not
 * guards: the fetcher applies them always (see {@link HttpFetcher}), so no caller can leave them out.
 */
@FunctionalInterface
public interface FetchGuard {

    /** Returns the URL when it may be fetched, else explains why not. */
    URI admit(URI url) throws FetchException;

    static FetchGuard webSchemesOnly() {
        Set<String> allowed = Set.of("http", "https");
        return url -> {
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!allowed.contains(scheme)) {
                throw new FetchException("Alleen http- en https-adressen kunnen worden opgehaald, dit adres begint met '"
                        + scheme + "'.");
            }
            if (url.getHost() == null || url.getHost().isBlank()) {
                throw new FetchException("Het adres " + url + " noemt geen website.");
            }
            return url;
        };
    }
}
