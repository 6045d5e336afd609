package nl.bijeen.aggregator.demo;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The shipped world and fixed clocks shared by the demo tests. */
final class DemoFixtures {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** A Monday morning in November. */
    static final Clock NOVEMBER_MONDAY = Clock.fixed(Instant.parse("2026-11-23T08:15:00Z"), AMSTERDAM);

    /** A week before summer time starts, so series cross the switch from +01:00 to +02:00. */
    static final Clock BEFORE_SUMMER_TIME = Clock.fixed(Instant.parse("2027-03-20T19:45:00Z"), AMSTERDAM);

    private DemoFixtures() {
    }

    static Path configDir() {
        String dir = System.getProperty("bijeen.config.dir");
        if (dir == null) {
            throw new IllegalStateException("system property bijeen.config.dir is not set (surefire sets it)");
        }
        return Path.of(dir);
    }

    static DemoWorld shippedWorld() {
        return DemoWorld.load(configDir());
    }

    static Path resource(String name) {
        try {
            return Path.of(DemoFixtures.class.getResource("/demo/" + name).toURI());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource demo/" + name + " is missing", e);
        }
    }
}
