package nl.bijeen.aggregator.world;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import nl.bijeen.aggregator.demo.DemoSchedule;

/** Generated worlds for the tests: the shipped config folder, small sizes. */
final class Worlds {

    static final Path CONFIG = Path.of(System.getProperty("bijeen.config.dir", "../config"));
    /** A Monday morning in November: every date of the world is relative to it. */
    static final Clock NOVEMBER = Clock.fixed(Instant.parse("2026-11-23T08:15:00Z"), DemoSchedule.AMSTERDAM);

    private Worlds() {
    }

    static GeneratedWorld generate(int sites, int items, long seed, Clock clock) {
        return WorldGenerator.generate(CONFIG, new WorldSpec(sites, items, seed), clock);
    }

    /** A world dated from now, for crawls: the aggregator judges dates by the real clock. */
    static GeneratedWorld fromNow(int sites, int items, long seed) {
        return generate(sites, items, seed, Clock.fixed(Instant.now(), DemoSchedule.AMSTERDAM));
    }
}
