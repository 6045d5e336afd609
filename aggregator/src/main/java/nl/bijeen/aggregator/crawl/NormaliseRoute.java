package nl.bijeen.aggregator.crawl;

import org.apache.camel.builder.RouteBuilder;

import nl.bijeen.aggregator.normalise.Normaliser;
import nl.bijeen.connectors.classify.SourceDefaults;

/** {@code direct:normalise}: classification (audiences, themes, cost, access) and places (coordinates, wijk, buurt). */
final class NormaliseRoute extends RouteBuilder {

    static final String ENDPOINT = "direct:normalise";

    private final Normaliser normaliser;

    NormaliseRoute(Normaliser normaliser) {
        this.normaliser = normaliser;
    }

    @Override
    public void configure() {
        errorHandler(noErrorHandler()); // failures travel back to crawl-source
        from(ENDPOINT).routeId("normalise")
                .process(exchange -> {
                    Crawl crawl = CrawlSourceRoute.crawl(exchange);
                    // Per-source default audiences and themes arrive with the sources-in-the-store work (issue 4).
                    crawl.parsed(normaliser.normalise(crawl.parsed(), SourceDefaults.NONE));
                });
    }
}
