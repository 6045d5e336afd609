package nl.bijeen.aggregator.source;

import java.time.Instant;

/**
 * The source-state part of a successful crawl.
 *
 * @param etag         ETag of the response, or {@code null}
 * @param lastModified Last-Modified of the response, or {@code null}
 * @param itemCount    activities found, or {@code null} when the source was not modified (count unchanged)
 * @param at           when the crawl finished
 * @param durationMs   how long it took
 */
public record CrawlSuccess(String etag, String lastModified, Integer itemCount, Instant at, long durationMs) {

    public boolean notModified() {
        return itemCount == null;
    }
}
