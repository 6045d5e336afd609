package nl.bijeen.aggregator.crawl;

import org.apache.camel.builder.RouteBuilder;

import nl.bijeen.aggregator.normalise.Normaliser;
import nl.bijeen.aggregator.source.CrawlTarget;

/**
 * {@code direct:normalise}: classification (audiences, themes, cost, access) and places (coordinates, wijk, buurt),
 * with the source's defaults from sources.yml where the activity itself is silent.
 */
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
                    CrawlTarget target = crawl.target();
                    // the default wijk comes after locating, so that a wijk found from the address always wins
                    crawl.parsed(DefaultWijk.apply(normaliser.normalise(crawl.parsed(), target.classifierDefaults()),
                            target.defaultWijk()));
                });
    }
}
