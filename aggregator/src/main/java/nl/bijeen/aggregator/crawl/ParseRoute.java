package nl.bijeen.aggregator.crawl;

import org.apache.camel.builder.RouteBuilder;

/**
 * {@code direct:parse}: the connectors turn the fetched document into activity drafts; the further pages they loaded
 * travel with the crawl, so their validators are stored with its items.
 */
final class ParseRoute extends RouteBuilder {

    static final String ENDPOINT = "direct:parse";

    private final SourceParser parser;

    ParseRoute(SourceParser parser) {
        this.parser = parser;
    }

    @Override
    public void configure() {
        errorHandler(noErrorHandler()); // failures travel back to crawl-source
        from(ENDPOINT).routeId("parse")
                .process(exchange -> {
                    Crawl crawl = CrawlSourceRoute.crawl(exchange);
                    FetcherPageLoader pages = parser.pageLoader();
                    crawl.parsed(parser.parse(crawl.target(), (FetchResult.Fetched) crawl.fetched(), pages));
                    crawl.pagesLoaded(pages.loaded());
                });
    }
}
