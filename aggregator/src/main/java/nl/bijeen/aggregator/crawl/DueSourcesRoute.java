package nl.bijeen.aggregator.crawl;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.bijeen.aggregator.source.LeaseSettings;
import nl.bijeen.aggregator.source.SourceLeases;

/**
 * {@code due-sources}: every {@code bijeen.crawl.tick} milliseconds, leases the enabled sources whose time has come
 * and crawls them, each on a virtual thread, {@code bijeen.crawl.threads} at a time (see {@link VirtualCrawlThreads}).
 * The next tick waits until this batch is done; sources beyond one batch are claimed on the following ticks, or by
 * other crawler nodes. A heartbeat thread renews this node's leases while their crawls work, so a long crawl keeps
 * its source and a dead node's sources are taken over soon after its leases expire.
 */
final class DueSourcesRoute extends RouteBuilder {

    /** Sources claimed per tick and crawl thread: enough to keep the threads busy, few enough to share with others. */
    static final int BATCH_PER_THREAD = 4;

    private static final Logger LOG = LoggerFactory.getLogger(DueSourcesRoute.class);

    private final SourceLeases leases;
    private final LeaseSettings settings;
    /** Only touched by the scheduler's thread: whether the last claim failed (to log an outage once). */
    private boolean claimFailing;

    DueSourcesRoute(SourceLeases leases, LeaseSettings settings) {
        this.leases = leases;
        this.settings = settings;
    }

    @Override
    public void configure() throws Exception {
        int threads = Integer.parseInt(getContext().resolvePropertyPlaceholders("{{bijeen.crawl.threads}}"));
        int batch = threads * BATCH_PER_THREAD;
        ExecutorService pool = new VirtualCrawlThreads(threads);
        // a thread of its own: the scheduler's thread waits for each batch, which may take longer than a lease
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("bijeen-lease-heartbeat").factory());
        long beat = settings.heartbeat().toMillis();
        getContext().addService(new ServiceSupport() {
            @Override
            protected void doStart() {
                heartbeat.scheduleWithFixedDelay(DueSourcesRoute.this::renew, beat, beat, TimeUnit.MILLISECONDS);
            }

            @Override
            protected void doStop() {
                pool.shutdown(); // after the routes, whose shutdown grace period lets crawls in flight finish
                heartbeat.shutdownNow(); // unrecorded crawls keep their leases until these run out
            }
        });

        from("scheduler:due-sources?delay={{bijeen.crawl.tick}}&initialDelay=0").routeId("due-sources")
                .process(exchange -> exchange.getMessage().setBody(claim(batch)))
                .split(body()).parallelProcessing().executorService(pool)
                    .setHeader(CrawlSourceRoute.LEASED, constant(true))
                    .to(CrawlSourceRoute.ENDPOINT)
                    // recording the result released the lease; this covers a crawl that could not record one
                    .process(exchange -> leases.release(exchange.getMessage().getBody(CrawlOutcome.class).sourceId()))
                .end();
    }

    /**
     * The due sources this node now leases; none while the store cannot be reached. An outage is logged once when it
     * starts and once when it ends (not two stack traces per tick), and the scheduler simply tries again next tick.
     */
    private List<String> claim(int batch) {
        try {
            List<String> claimed = leases.claimDue(Instant.now(), settings.duration(), batch);
            if (claimFailing) {
                claimFailing = false;
                LOG.info("claiming due sources works again");
            }
            return claimed;
        } catch (RuntimeException e) {
            if (!claimFailing) {
                claimFailing = true;
                LOG.warn("claiming due sources failed; retrying every tick until the store answers: {}",
                        e.getMessage());
            }
            return List.of();
        }
    }

    private void renew() {
        try {
            leases.renew(Instant.now(), settings.duration());
        } catch (RuntimeException e) { // the next beat tries again; the lease lasts several beats
            LOG.warn("renewing the leases of {} failed: {}", leases.node(), e.getMessage());
        }
    }
}
