package nl.bijeen.aggregator.crawl;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.service.ServiceSupport;

import nl.bijeen.aggregator.source.SourceRepository;

/**
 * {@code due-sources}: every {@code bijeen.crawl.tick} milliseconds, claims the enabled sources whose time has come
 * and crawls them, each on a virtual thread, {@code bijeen.crawl.threads} at a time (see {@link VirtualCrawlThreads}).
 * The next tick waits until this batch is done; sources beyond one batch are claimed on the following ticks.
 */
final class DueSourcesRoute extends RouteBuilder {

    /** Sources claimed per tick and crawl thread: enough to keep the threads busy, few enough to end within the lease. */
    static final int BATCH_PER_THREAD = 4;

    private final SourceRepository sources;
    private final Duration lease;

    /** @param lease how long a claimed source stays claimed if its crawl never reports back (process died) */
    DueSourcesRoute(SourceRepository sources, Duration lease) {
        this.sources = sources;
        this.lease = lease;
    }

    @Override
    public void configure() throws Exception {
        int threads = Integer.parseInt(getContext().resolvePropertyPlaceholders("{{bijeen.crawl.threads}}"));
        int batch = threads * BATCH_PER_THREAD;
        ExecutorService pool = new VirtualCrawlThreads(threads);
        getContext().addService(new ServiceSupport() {
            @Override
            protected void doStop() {
                pool.shutdown(); // after the routes, whose shutdown grace period lets crawls in flight finish
            }
        });

        from("scheduler:due-sources?delay={{bijeen.crawl.tick}}&initialDelay=0").routeId("due-sources")
                .process(exchange -> exchange.getMessage().setBody(sources.claimDue(Instant.now(), lease, batch)))
                .split(body()).parallelProcessing().executorService(pool)
                    .to(CrawlSourceRoute.ENDPOINT)
                .end();
    }
}
