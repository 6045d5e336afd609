package nl.bijeen.aggregator.crawl;

import java.time.Duration;

import org.apache.camel.builder.RouteBuilder;

import nl.bijeen.aggregator.source.CrawlTarget;

/** {@code direct:fetch}: a conditional GET of the source's URL with the validators of its last fetch. */
final class FetchRoute extends RouteBuilder {

    static final String ENDPOINT = "direct:fetch";

    private final HttpFetcher fetcher;
    private final CrawlMetrics metrics;

    FetchRoute(HttpFetcher fetcher, CrawlMetrics metrics) {
        this.fetcher = fetcher;
        this.metrics = metrics;
    }

    @Override
    public void configure() {
        errorHandler(noErrorHandler()); // failures travel back to crawl-source
        from(ENDPOINT).routeId("fetch")
                .process(exchange -> {
                    Crawl crawl = CrawlSourceRoute.crawl(exchange);
                    CrawlTarget target = crawl.target();
                    long start = System.nanoTime();
                    FetchResult result = null;
                    try {
                        result = fetcher.fetch(target.url(), validators(target));
                    } finally {
                        metrics.fetched(result, Duration.ofNanos(System.nanoTime() - start));
                    }
                    crawl.fetched(result);
                });
    }

    /**
     * A recipe source is more than its first page: its next pages and detail pages can change while the first
     * answers 304, so it is always fetched whole (its content hashes still keep an unchanged crawl from writing).
     */
    static Validators validators(CrawlTarget target) {
        return target.recipe() != null ? Validators.NONE : new Validators(target.etag(), target.lastModified());
    }
}
