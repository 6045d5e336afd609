package nl.bijeen.web.support;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.crawl.CrawlOutcome;
import nl.bijeen.aggregator.source.SourceStatus;
import nl.bijeen.web.index.IndexFollower;

/**
 * Properties of an application that serves the demo world from a new in-memory store and an index in
 * {@code dataDir}, with no configured sources: the tests that search, browse or call the API over the demo world
 * all start it this way.
 */
public final class DemoWorldApp {

    private DemoWorldApp() {
    }

    /** @param name a word for the database name, so a failing test's logs say which one it was */
    public static Map<String, String> properties(String name, Path dataDir) {
        Map<String, String> properties = new HashMap<>();
        // LOCK_TIMEOUT as in config/application.yml: concurrent crawls queue for the dedupe lock longer than H2's 1 s
        properties.put("datasources.default.url", "jdbc:h2:mem:" + name + "-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
        properties.put("datasources.default.username", "sa");
        properties.put("datasources.default.password", "");
        properties.put("bijeen.config-dir", configDir());
        properties.put("bijeen.sources-file", dataDir.resolve("no-sources.yml").toString());
        properties.put("bijeen.index.dir", dataDir.resolve("index").toString());
        properties.put("bijeen.demo.enabled", "true");
        return properties;
    }

    /**
     * Waits until every demo site has been crawled with success and the index holds every change. A site whose
     * first crawl failed (a busy machine can miss a fetch deadline) is crawled once more at once, instead of waiting
     * minutes for its retry: tests must never measure part of the world without noticing.
     */
    public static void awaitCrawled(Aggregator aggregator, IndexFollower follower) {
        Wait.until("every demo site has been crawled once", Duration.ofSeconds(90),
                () -> !aggregator.sources().isEmpty()
                        && aggregator.sources().stream().allMatch(s -> s.lastAttemptAt() != null));
        for (SourceStatus source : aggregator.sources()) {
            if (source.lastSuccessAt() == null) {
                CrawlOutcome again = aggregator.crawlNow(source.id());
                if (!again.success()) {
                    throw new AssertionError("demo site " + source.id() + " cannot be crawled: " + again
                            + " (first attempt: " + source.lastError() + ")");
                }
            }
        }
        Wait.until("the index holds every change", Duration.ofSeconds(60),
                () -> follower.lastAppliedSeq() == aggregator.store().lastSeq());
    }

    /** The shipped config folder (the tests run in search-web/). */
    public static String configDir() {
        return System.getProperty("bijeen.config.dir", "../config");
    }
}
