package nl.bijeen.aggregator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import nl.bijeen.aggregator.dedupe.DedupeSettings;
import nl.bijeen.aggregator.source.LeaseSettings;
import nl.bijeen.aggregator.store.LifecycleSettings;
import nl.bijeen.connectors.html.recipe.RecipeBook;

/**
 * Settings of the aggregator (bound from {@code bijeen.aggregator.*} in application.yml by the web module).
 *
 * @param crawlEnabled   false: start no crawl routes (a web-only process, or tests that drive crawls themselves)
 * @param schedulerTick  how often the due-source scheduler looks for sources whose time has come
 * @param connectTimeout HTTP connect timeout
 * @param requestTimeout total time allowed for one fetch
 * @param maxBodyBytes   larger bodies are refused (the crawl fails, nothing is changed)
 * @param userAgent      User-Agent sent with every fetch
 * @param horizon        how far ahead recurring activities are expanded
 * @param recipesDir     folder of the recipes (config/recipes) that read pages without markup
 * @param fetchAllowList addresses (CIDRs such as 127.0.0.1/32 or ::1, or host names) fetched even though they are
 *                       on an internal network; empty in production, loopback for tests and the demo world
 * @param minHostDelay   the least time between two requests to one host (politeness, across all its sources)
 * @param parkAfterFailures a source that fails this many times in a row is parked (not crawled until re-enabled)
 * @param lifecycle      when missing items are given up, when a shrunken feed is suspicious, crawl log retention
 * @param dedupe         when items of different sources are taken for the same activity
 * @param leases         this node's id and how long its leases on due sources last (several crawler nodes)
 */
public record AggregatorSettings(boolean crawlEnabled, Duration schedulerTick, Duration connectTimeout,
                                 Duration requestTimeout, long maxBodyBytes, String userAgent, Duration horizon,
                                 Path recipesDir, List<String> fetchAllowList, Duration minHostDelay,
                                 int parkAfterFailures, LifecycleSettings lifecycle, DedupeSettings dedupe,
                                 LeaseSettings leases) {

    /** The politeness delay when none is configured. */
    public static final Duration DEFAULT_MIN_HOST_DELAY = Duration.ofSeconds(1);

    /** Consecutive failures after which a source is parked when no number is configured. */
    public static final int DEFAULT_PARK_AFTER_FAILURES = 10;

    public AggregatorSettings {
        recipesDir = recipesDir == null ? RecipeBook.DEFAULT_DIRECTORY : recipesDir;
        fetchAllowList = fetchAllowList == null ? List.of() : List.copyOf(fetchAllowList);
        minHostDelay = minHostDelay == null ? DEFAULT_MIN_HOST_DELAY : minHostDelay;
        parkAfterFailures = parkAfterFailures <= 0 ? DEFAULT_PARK_AFTER_FAILURES : parkAfterFailures;
        lifecycle = lifecycle == null ? LifecycleSettings.defaults() : lifecycle;
        dedupe = dedupe == null ? DedupeSettings.defaults() : dedupe;
        leases = leases == null ? LeaseSettings.defaults() : leases;
    }

    /** Settings with a node id made up for this process and the default lease. */
    public AggregatorSettings(boolean crawlEnabled, Duration schedulerTick, Duration connectTimeout,
                              Duration requestTimeout, long maxBodyBytes, String userAgent, Duration horizon,
                              Path recipesDir, List<String> fetchAllowList, Duration minHostDelay,
                              int parkAfterFailures, LifecycleSettings lifecycle, DedupeSettings dedupe) {
        this(crawlEnabled, schedulerTick, connectTimeout, requestTimeout, maxBodyBytes, userAgent, horizon, recipesDir,
                fetchAllowList, minHostDelay, parkAfterFailures, lifecycle, dedupe, null);
    }

    /** Settings with an empty allow-list, the default delay per host, parking and item lifecycle. */
    public AggregatorSettings(boolean crawlEnabled, Duration schedulerTick, Duration connectTimeout,
                              Duration requestTimeout, long maxBodyBytes, String userAgent, Duration horizon,
                              Path recipesDir) {
        this(crawlEnabled, schedulerTick, connectTimeout, requestTimeout, maxBodyBytes, userAgent, horizon, recipesDir,
                List.of(), DEFAULT_MIN_HOST_DELAY, DEFAULT_PARK_AFTER_FAILURES, null, null);
    }

    /** Settings that read recipes from config/recipes under the working directory. */
    public AggregatorSettings(boolean crawlEnabled, Duration schedulerTick, Duration connectTimeout,
                              Duration requestTimeout, long maxBodyBytes, String userAgent, Duration horizon) {
        this(crawlEnabled, schedulerTick, connectTimeout, requestTimeout, maxBodyBytes, userAgent, horizon,
                (Path) null);
    }

    public static AggregatorSettings defaults() {
        return new AggregatorSettings(true, Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(30),
                10L * 1024 * 1024, "Bijeen/0.1 (+https://bijeen.nl/over)", Duration.ofDays(365));
    }

    /** The same settings with the scheduler off: nothing is crawled unless asked ({@code Aggregator.crawlNow}). */
    public AggregatorSettings withoutScheduler() {
        return new AggregatorSettings(false, schedulerTick, connectTimeout, requestTimeout, maxBodyBytes, userAgent,
                horizon, recipesDir, fetchAllowList, minHostDelay, parkAfterFailures, lifecycle, dedupe, leases);
    }

    /** The same settings with these addresses on the fetch allow-list (tests, the demo world on loopback). */
    public AggregatorSettings withFetchAllowList(List<String> allowList) {
        return new AggregatorSettings(crawlEnabled, schedulerTick, connectTimeout, requestTimeout, maxBodyBytes,
                userAgent, horizon, recipesDir, allowList, minHostDelay, parkAfterFailures, lifecycle, dedupe, leases);
    }

    /** The same settings with sources parked after this many consecutive failures. */
    public AggregatorSettings withParkAfterFailures(int failures) {
        return new AggregatorSettings(crawlEnabled, schedulerTick, connectTimeout, requestTimeout, maxBodyBytes,
                userAgent, horizon, recipesDir, fetchAllowList, minHostDelay, failures, lifecycle, dedupe, leases);
    }

    /** The same settings with another least time between two requests to one host. */
    public AggregatorSettings withMinHostDelay(Duration delay) {
        return new AggregatorSettings(crawlEnabled, schedulerTick, connectTimeout, requestTimeout, maxBodyBytes,
                userAgent, horizon, recipesDir, fetchAllowList, delay, parkAfterFailures, lifecycle, dedupe, leases);
    }

    /** The same settings with another node id or lease (tests, and several crawler nodes on one machine). */
    public AggregatorSettings withLeases(LeaseSettings newLeases) {
        return new AggregatorSettings(crawlEnabled, schedulerTick, connectTimeout, requestTimeout, maxBodyBytes,
                userAgent, horizon, recipesDir, fetchAllowList, minHostDelay, parkAfterFailures, lifecycle, dedupe,
                newLeases);
    }

    /** The same settings with other deduplication thresholds. */
    public AggregatorSettings withDedupe(DedupeSettings newDedupe) {
        return new AggregatorSettings(crawlEnabled, schedulerTick, connectTimeout, requestTimeout, maxBodyBytes,
                userAgent, horizon, recipesDir, fetchAllowList, minHostDelay, parkAfterFailures, lifecycle, newDedupe,
                leases);
    }

    /** The same settings with another item lifecycle. */
    public AggregatorSettings withLifecycle(LifecycleSettings newLifecycle) {
        return new AggregatorSettings(crawlEnabled, schedulerTick, connectTimeout, requestTimeout, maxBodyBytes,
                userAgent, horizon, recipesDir, fetchAllowList, minHostDelay, parkAfterFailures, newLifecycle, dedupe,
                leases);
    }
}
