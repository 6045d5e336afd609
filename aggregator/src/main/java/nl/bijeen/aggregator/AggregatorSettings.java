package nl.bijeen.aggregator;

import java.nio.file.Path;
import java.time.Duration;

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
 * @param lifecycle      when missing items are given up, when a shrunken feed is suspicious, crawl log retention
 */
public record AggregatorSettings(boolean crawlEnabled, Duration schedulerTick, Duration connectTimeout,
                                 Duration requestTimeout, long maxBodyBytes, String userAgent, Duration horizon,
                                 Path recipesDir, LifecycleSettings lifecycle) {

    public AggregatorSettings {
        recipesDir = recipesDir == null ? RecipeBook.DEFAULT_DIRECTORY : recipesDir;
        lifecycle = lifecycle == null ? LifecycleSettings.defaults() : lifecycle;
    }

    /** Settings with the default item lifecycle. */
    public AggregatorSettings(boolean crawlEnabled, Duration schedulerTick, Duration connectTimeout,
                              Duration requestTimeout, long maxBodyBytes, String userAgent, Duration horizon,
                              Path recipesDir) {
        this(crawlEnabled, schedulerTick, connectTimeout, requestTimeout, maxBodyBytes, userAgent, horizon,
                recipesDir, null);
    }

    /** Settings that read recipes from config/recipes under the working directory. */
    public AggregatorSettings(boolean crawlEnabled, Duration schedulerTick, Duration connectTimeout,
                              Duration requestTimeout, long maxBodyBytes, String userAgent, Duration horizon) {
        this(crawlEnabled, schedulerTick, connectTimeout, requestTimeout, maxBodyBytes, userAgent, horizon, null, null);
    }

    public static AggregatorSettings defaults() {
        return new AggregatorSettings(true, Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(30),
                10L * 1024 * 1024, "Bijeen/0.1 (+https://bijeen.nl/over)", Duration.ofDays(365));
    }

    /** The same settings with the scheduler off: nothing is crawled unless asked ({@code Aggregator.crawlNow}). */
    public AggregatorSettings withoutScheduler() {
        return new AggregatorSettings(false, schedulerTick, connectTimeout, requestTimeout, maxBodyBytes, userAgent,
                horizon, recipesDir, lifecycle);
    }

    /** The same settings with another item lifecycle. */
    public AggregatorSettings withLifecycle(LifecycleSettings lifecycle) {
        return new AggregatorSettings(crawlEnabled, schedulerTick, connectTimeout, requestTimeout, maxBodyBytes,
                userAgent, horizon, recipesDir, lifecycle);
    }
}
