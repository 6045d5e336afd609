package nl.bijeen.aggregator.source;

import java.time.Instant;
import java.util.List;

/**
 * The source-state part of a successful crawl.
 *
 * @param etag         ETag of the response, or {@code null}
 * @param lastModified Last-Modified of the response, or {@code null}
 * @param itemCount    activities found, or {@code null} when the source was not modified (count unchanged)
 * @param at           when the crawl finished
 * @param durationMs   how long it took
 * @param pages        the further pages the crawl loaded, with their validators (kept with the source's own, for
 *                     the next conditional GET); {@code null} when the source was not modified (pages unchanged)
 */
public record CrawlSuccess(String etag, String lastModified, Integer itemCount, Instant at, long durationMs,
                           List<LoadedPage> pages) {

    public CrawlSuccess {
        pages = pages == null ? null : List.copyOf(pages);
        if ((itemCount == null) != (pages == null)) {
            throw new IllegalArgumentException("a crawl that was read has an item count and pages, a 304 neither");
        }
    }

    /** A crawl answered 304: the count and the pages of the last stored crawl stay. */
    public static CrawlSuccess notModified(String etag, String lastModified, Instant at, long durationMs) {
        return new CrawlSuccess(etag, lastModified, null, at, durationMs, null);
    }

    public boolean notModified() {
        return itemCount == null;
    }
}
