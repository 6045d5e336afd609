package nl.bijeen.aggregator.source;

import java.net.URI;
import java.time.Duration;

/**
 * What a crawl needs to know about its source: where to fetch, how to read it, and the validators of the last
 * successful fetch ({@code null} when there are none) for a conditional GET, and the recipe for a page without
 * markup ({@code null} for other sources).
 */
public record CrawlTarget(String id, URI url, String format, Duration schedule, String etag, String lastModified,
                          String recipe) {
}
