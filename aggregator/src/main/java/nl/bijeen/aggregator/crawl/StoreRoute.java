package nl.bijeen.aggregator.crawl;

import org.apache.camel.builder.RouteBuilder;

/**
 * {@code direct:store}: applies a parsed crawl to the store in one transaction; {@code direct:not-modified}:
 * records a 304 answer as a success without touching activities.
 */
final class StoreRoute extends RouteBuilder {

    static final String ENDPOINT = "direct:store";
    static final String NOT_MODIFIED = "direct:not-modified";

    private final CrawlWriter writer;

    StoreRoute(CrawlWriter writer) {
        this.writer = writer;
    }

    @Override
    public void configure() {
        errorHandler(noErrorHandler()); // failures travel back to crawl-source
        from(ENDPOINT).routeId("store")
                .process(exchange -> {
                    Crawl crawl = CrawlSourceRoute.crawl(exchange);
                    crawl.outcome(writer.stored(crawl));
                });
        from(NOT_MODIFIED).routeId("not-modified")
                .process(exchange -> {
                    Crawl crawl = CrawlSourceRoute.crawl(exchange);
                    crawl.outcome(writer.notModified(crawl));
                });
    }
}
