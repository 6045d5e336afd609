package nl.bijeen.aggregator.crawl;

import java.net.URI;

/** What a fetch brought back: a new body, or word that the source has not changed since the last fetch. */
public sealed interface FetchResult {

    /** The URL the answer came from, after redirects. */
    URI url();

    Validators validators();

    /**
     * A body (already decompressed).
     *
     * @param contentType the Content-Type header, or {@code null}
     */
    record Fetched(URI url, String contentType, byte[] body, Validators validators) implements FetchResult {
    }

    /** The server answered 304 Not Modified to our conditional GET. */
    record NotModified(URI url, Validators validators) implements FetchResult {
    }
}
