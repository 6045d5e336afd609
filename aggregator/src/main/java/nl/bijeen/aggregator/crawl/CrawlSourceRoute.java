package nl.bijeen.aggregator.crawl;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.builder.RouteBuilder;

import nl.bijeen.aggregator.source.SourceRepository;

/**
 * {@code direct:crawl-source}: one crawl of one source, from its id to a {@link CrawlOutcome} —
 * fetch, then parse and store (or record "not modified"); any failure goes to {@code crawl-failed}, which
 * records it on the source and in the crawl log without touching stored activities; every attempt ends in
 * {@code record-crawl}. A source already being crawled in this process is skipped (and not logged).
 */
final class CrawlSourceRoute extends RouteBuilder {

    static final String ENDPOINT = "direct:crawl-source";
    static final String BUSY = "Deze bron wordt op dit moment al opgehaald.";
    /** Header set by the scheduler: this crawl holds a lease on its source. */
    static final String LEASED = "bijeenLeased";

    private final CrawlGuard guard;
    private final SourceRepository sources;
    private final CrawlWriter writer;

    CrawlSourceRoute(CrawlGuard guard, SourceRepository sources, CrawlWriter writer) {
        this.guard = guard;
        this.sources = sources;
        this.writer = writer;
    }

    @Override
    public void configure() {
        errorHandler(noErrorHandler()); // failures are handled by the doCatch below, nowhere else

        from(ENDPOINT).routeId("crawl-source")
                .process(this::claim)
                .filter(exchange -> crawl(exchange).claimed())
                    .doTry()
                        .process(this::loadTarget)
                        .to(FetchRoute.ENDPOINT)
                        .choice()
                            .when(exchange -> crawl(exchange).notModified()).to(StoreRoute.NOT_MODIFIED)
                            .otherwise().to(ParseRoute.ENDPOINT).to(NormaliseRoute.ENDPOINT).to(StoreRoute.ENDPOINT)
                        .endDoTry()
                    .doCatch(Exception.class)
                        .to("direct:crawl-failed")
                    .doFinally()
                        .process(exchange -> guard.release(crawl(exchange).sourceId()))
                    .end()
                    .to(StoreRoute.RECORD)
                .end()
                .process(exchange -> exchange.getMessage().setBody(crawl(exchange).outcome()));

        from("direct:crawl-failed").routeId("crawl-failed")
                .process(exchange -> crawl(exchange).outcome(writer.failed(crawl(exchange),
                        exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class))));
    }

    private void claim(Exchange exchange) throws InvalidPayloadException {
        Crawl crawl = new Crawl(exchange.getMessage().getMandatoryBody(String.class));
        crawl.leased(Boolean.TRUE.equals(exchange.getMessage().getHeader(LEASED, Boolean.class)));
        crawl.claimed(guard.tryClaim(crawl.sourceId()));
        if (!crawl.claimed()) {
            crawl.outcome(CrawlOutcome.failed(crawl.sourceId(), BUSY));
        }
        exchange.getMessage().setBody(crawl);
    }

    private void loadTarget(Exchange exchange) throws CrawlException {
        Crawl crawl = crawl(exchange);
        crawl.target(sources.target(crawl.sourceId())
                .orElseThrow(() -> new CrawlException("Er is geen bron met id '" + crawl.sourceId() + "'.")));
    }

    static Crawl crawl(Exchange exchange) {
        return exchange.getMessage().getBody(Crawl.class);
    }
}
