package nl.bijeen.aggregator.world;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import nl.bijeen.aggregator.AggregatorSettings;
import nl.bijeen.aggregator.normalise.NormaliseSettings;
import nl.bijeen.connectors.geo.GeoSettings;

/**
 * How an aggregator crawls a generated world, for the tests and the crawl benchmark: the application's pipeline
 * (classification, wijk assignment over the national wijken, the shipped recipes, geocoding off), fetching allowed
 * on loopback only, and no politeness delay per host, because every site of the world shares 127.0.0.1 where in
 * reality each has a host of its own.
 */
public final class WorldCrawlSettings {

    private static final List<String> LOOPBACK = List.of("127.0.0.0/8", "::1");

    private WorldCrawlSettings() {
    }

    /** With the scheduler on ({@code tick} apart) it crawls every due source by itself; off, only crawlNow. */
    public static AggregatorSettings aggregator(Path configDir, boolean scheduler, Duration tick) {
        AggregatorSettings base = new AggregatorSettings(scheduler, tick, Duration.ofSeconds(5),
                Duration.ofSeconds(30), 10L * 1024 * 1024, "BijeenWorld/1.0", Duration.ofDays(365));
        return new AggregatorSettings(base.crawlEnabled(), base.schedulerTick(), base.connectTimeout(),
                base.requestTimeout(), base.maxBodyBytes(), base.userAgent(), base.horizon(),
                configDir.resolve("recipes"), LOOPBACK, Duration.ZERO, base.parkAfterFailures(), base.lifecycle(),
                base.dedupe());
    }

    /** The taxonomy, and the wijken of the whole country (the world's venues lie all over it). */
    public static NormaliseSettings normalise(Path configDir) {
        return new NormaliseSettings(configDir.resolve("taxonomy.yml"), new GeoSettings(
                configDir.resolve("geo").resolve("cbs-wijken-2024.geojson"), null, false, null));
    }
}
