package nl.bijeen.web;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import nl.bijeen.aggregator.AggregatorSettings;
import nl.bijeen.aggregator.demo.DemoWorld;
import nl.bijeen.aggregator.demo.DemoWorldServer;
import nl.bijeen.aggregator.source.SourceDefinition;
import nl.bijeen.web.config.BijeenProperties;
import nl.bijeen.web.config.DemoProperties;

/**
 * The demo world's made-up websites, served on loopback while the application runs, and the sources that point
 * at them. Only exists when {@code bijeen.demo.enabled} is true.
 */
public final class DemoSources implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSources.class);

    private final DemoWorldServer server;
    private final List<SourceDefinition> sources;

    DemoSources(DemoWorld world, DemoWorldServer server) {
        this.server = server;
        this.sources = world.sourceDefinitions(server.baseUri());
    }

    public List<SourceDefinition> sources() {
        return sources;
    }

    /**
     * The crawl settings with the demo world's loopback server on the fetch allow-list (loopback is refused
     * otherwise, as every internal address is) and no delay between its requests: the demo sites are our own.
     */
    public AggregatorSettings openTo(AggregatorSettings settings) {
        List<String> allowList = new java.util.ArrayList<>(settings.fetchAllowList());
        allowList.addAll(List.of("127.0.0.0/8", "::1"));
        return settings.withFetchAllowList(allowList).withMinHostDelay(java.time.Duration.ZERO);
    }

    @Override
    public void close() {
        server.close();
    }

    @Factory
    static class DemoSourcesFactory {

        @Singleton
        @Requires(property = "bijeen.demo.enabled", value = "true")
        @Bean(preDestroy = "close")
        DemoSources demoSources(DemoProperties demo, BijeenProperties bijeen, Clock clock) {
            DemoWorld world = DemoWorld.load(bijeen.configPath());
            DemoSources site = new DemoSources(world, DemoWorldServer.start(world, demo.port(), clock));
            LOG.info("Demo world serving {} sources at {}", site.sources.size(), site.server.baseUri());
            return site;
        }
    }
}
