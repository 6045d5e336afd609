package nl.bijeen.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Nullable;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.AggregatorSettings;
import nl.bijeen.aggregator.normalise.NormaliseSettings;
import nl.bijeen.aggregator.source.SourceDefinition;
import nl.bijeen.aggregator.source.SourcesFile;
import nl.bijeen.web.config.AggregatorProperties;
import nl.bijeen.web.config.BijeenProperties;
import nl.bijeen.web.config.GeoProperties;
import nl.bijeen.web.role.Role;

/**
 * Starts the aggregator (store migrations, sources, crawl routes) when the application starts, and stops it on
 * shutdown. In role web the scheduler is off (the crawler nodes crawl). There is no Camel–Micronaut integration:
 * the aggregator runs its own Camel context behind one facade.
 */
@Factory
public class AggregatorFactory {

    private static final Logger LOG = LoggerFactory.getLogger(AggregatorFactory.class);

    @Context
    @Bean(preDestroy = "close")
    Aggregator aggregator(AggregatorProperties settings, GeoProperties geo, BijeenProperties bijeen,
                          DataSource dataSource, @Nullable DemoSources demo, MeterRegistry meters, Role role) {
        List<SourceDefinition> sources = new ArrayList<>(configuredSources(bijeen.sourcesPath()));
        if (demo != null) {
            sources.addAll(demo.sources());
        }
        LOG.info("Starting the aggregator with {} sources", sources.size());
        Path config = bijeen.configPath();
        NormaliseSettings normalise = new NormaliseSettings(config.resolve("taxonomy.yml"),
                geo.toSettings(config, settings.userAgent()));
        AggregatorSettings crawl = settings.toSettings(config.resolve("recipes"));
        if (!role.crawlsOnSchedule()) {
            crawl = crawl.withoutScheduler(); // a web node: the crawler nodes crawl, "crawl now" makes a source due
        }
        LOG.info("Bijeen starts as role '{}' ({}); node {}, scheduler {}", role.setting(), role.description(),
                crawl.leases().nodeId(), crawl.crawlEnabled() ? "on" : "off");
        if (demo != null) {
            crawl = demo.openTo(crawl);
        }
        // the application's registry: the crawl metrics appear on /prometheus with the JVM's and the server's
        return Aggregator.start(crawl, normalise, dataSource, sources, meters);
    }

    private static List<SourceDefinition> configuredSources(Path file) {
        if (!Files.isRegularFile(file)) {
            LOG.warn("No sources file at {}: only the demo world (if enabled) is crawled", file.toAbsolutePath());
            return List.of();
        }
        return SourcesFile.load(file);
    }
}
