package nl.bijeen.aggregator.crawl;

import java.time.Clock;
import java.util.Properties;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.service.ServiceSupport;

import nl.bijeen.aggregator.AggregatorSettings;
import nl.bijeen.aggregator.normalise.Normaliser;
import nl.bijeen.aggregator.organisation.RecognitionSettings;
import nl.bijeen.aggregator.source.SourceRepository;
import nl.bijeen.aggregator.store.CrawlLogHousekeeping;
import nl.bijeen.connectors.spi.ActivityConnector;

/** Assembles the Camel context that crawls: the crawl pipeline always, the scheduler only when crawling is on. */
public final class CrawlContext {

    /** The endpoint that crawls one source synchronously: body = source id in, {@link CrawlOutcome} out. */
    public static final String CRAWL_SOURCE = CrawlSourceRoute.ENDPOINT;

    static final int CRAWL_THREADS = 4;
    /** Crawls still running when the context stops get this long to finish. */
    static final int SHUTDOWN_SECONDS = 5;

    private CrawlContext() {
    }

    /** A configured, not yet started context named "bijeen-aggregator", counting into a private registry. */
    public static CamelContext create(AggregatorSettings settings, DataSource dataSource, ActivityConnector connectors,
                                      Normaliser normaliser) throws Exception {
        return create(settings, dataSource, connectors, normaliser, new SimpleMeterRegistry());
    }

    /** A configured, not yet started context named "bijeen-aggregator"; crawl metrics go to {@code meters}. */
    public static CamelContext create(AggregatorSettings settings, DataSource dataSource, ActivityConnector connectors,
                                      Normaliser normaliser, MeterRegistry meters) throws Exception {
        return create(settings, dataSource, connectors, normaliser, RecognitionSettings.defaults(), meters);
    }

    /** As above, recognising organisations across sources with {@code recognition}. */
    public static CamelContext create(AggregatorSettings settings, DataSource dataSource, ActivityConnector connectors,
                                      Normaliser normaliser, RecognitionSettings recognition, MeterRegistry meters)
            throws Exception {
        DefaultCamelContext camel = new DefaultCamelContext();
        camel.getCamelContextExtension().setName("bijeen-aggregator");
        camel.getPropertiesComponent().setInitialProperties(placeholders(settings));
        camel.getShutdownStrategy().setTimeout(SHUTDOWN_SECONDS);

        SourceRepository sources = new SourceRepository(dataSource, settings.parkAfterFailures(),
                new java.util.Random(), settings.leases().nodeId());
        Clock clock = Clock.systemUTC();
        CrawlWriter writer = new CrawlWriter(dataSource, sources, settings.lifecycle(), settings.dedupe(),
                recognition, new DedupeMetrics(meters), clock);
        camel.addRoutes(new CrawlSourceRoute(new CrawlGuard(), sources, writer));
        HttpFetcher fetcher = new HttpFetcher(settings, FetchGuard.webSchemesOnly());
        camel.addService(new ServiceSupport() {
            @Override
            protected void doStop() {
                fetcher.close(); // after the routes: crawls in flight have had their shutdown grace period
            }
        });
        CrawlMetrics metrics = new CrawlMetrics(meters);
        camel.addRoutes(new FetchRoute(fetcher, metrics));
        SourceParser parser = new SourceParser(connectors, settings.horizon(), fetcher);
        camel.addRoutes(new ParseRoute(parser));
        camel.getRegistry().bind(DryRun.BEAN, new DryRun(fetcher, parser, normaliser, settings.horizon()));
        camel.addRoutes(new NormaliseRoute(normaliser));
        camel.addRoutes(new StoreRoute(writer,
                new CrawlLogHousekeeping(dataSource, settings.lifecycle().crawlLogRetention(), clock),
                metrics));
        if (settings.crawlEnabled()) {
            camel.addRoutes(new DueSourcesRoute(sources.leases(), settings.leases()));
        }
        return camel;
    }

    private static Properties placeholders(AggregatorSettings settings) {
        Properties properties = new Properties();
        properties.setProperty("bijeen.crawl.tick", Long.toString(Math.max(1, settings.schedulerTick().toMillis())));
        properties.setProperty("bijeen.crawl.threads", Integer.toString(CRAWL_THREADS));
        return properties;
    }
}
