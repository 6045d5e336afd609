package nl.bijeen.aggregator.crawl;

import java.time.Duration;

import org.apache.camel.builder.RouteBuilder;

import nl.bijeen.aggregator.source.CrawlTarget;
import nl.bijeen.aggregator.source.LoadedPage;

/**
 * {@code direct:fetch}: a conditional GET of the source's URL with the validators of its last stored crawl. A source
 * whose crawl also loads further pages (a recipe's next and detail pages) is unchanged only when those answer 304
 * too ({@link PageChecks}); if one of them changed, the source is fetched again without validators and read whole.
 */
final class FetchRoute extends RouteBuilder {

    static final String ENDPOINT = "direct:fetch";

    private final HttpFetcher fetcher;
    private final PageChecks pageChecks;
    private final CrawlMetrics metrics;

    FetchRoute(HttpFetcher fetcher, CrawlMetrics metrics) {
        this.fetcher = fetcher;
        this.pageChecks = new PageChecks(fetcher);
        this.metrics = metrics;
    }

    @Override
    public void configure() {
        errorHandler(noErrorHandler()); // failures travel back to crawl-source
        from(ENDPOINT).routeId("fetch")
                .process(exchange -> {
                    Crawl crawl = CrawlSourceRoute.crawl(exchange);
                    long start = System.nanoTime();
                    FetchResult result = null;
                    try {
                        result = fetch(crawl.target());
                    } finally {
                        metrics.fetched(result, Duration.ofNanos(System.nanoTime() - start));
                    }
                    crawl.fetched(result);
                });
    }

    private FetchResult fetch(CrawlTarget target) throws FetchException {
        FetchResult first = fetcher.fetch(target.url(), validators(target));
        if (first instanceof FetchResult.NotModified && !pageChecks.allUnchanged(target.pages())) {
            return fetcher.fetch(target.url(), Validators.NONE); // a page behind it changed: read everything fresh
        }
        return first;
    }

    /**
     * The source's validators, unless a page its last crawl loaded cannot be checked (it sent no validators or
     * failed to load): then only reading the source whole can tell, and asking about the first page is a wasted
     * request.
     */
    static Validators validators(CrawlTarget target) {
        return target.pages().stream().allMatch(LoadedPage::checkable)
                ? new Validators(target.etag(), target.lastModified()) : Validators.NONE;
    }
}
