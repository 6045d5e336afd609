package nl.bijeen.web.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import nl.bijeen.aggregator.AggregatorSettings;
import nl.bijeen.aggregator.dedupe.DedupeSettings;
import nl.bijeen.aggregator.source.LeaseSettings;
import nl.bijeen.aggregator.store.LifecycleSettings;

/** Crawl settings ({@code bijeen.aggregator.*}), bound here and handed to the aggregator as {@link AggregatorSettings}. */
@ConfigurationProperties("bijeen.aggregator")
public record AggregatorProperties(
        @Bindable(defaultValue = "true") boolean crawlEnabled,
        @Bindable(defaultValue = "2s") Duration schedulerTick,
        @Bindable(defaultValue = "10s") Duration connectTimeout,
        @Bindable(defaultValue = "30s") Duration requestTimeout,
        @Bindable(defaultValue = "10485760") long maxBodyBytes,
        @Bindable(defaultValue = "Bijeen/0.1 (+https://bijeen.nl/over)") String userAgent,
        @Bindable(defaultValue = "365d") Duration horizon,
        @Bindable(defaultValue = "2") int missingCrawlsBeforeGone,
        @Bindable(defaultValue = "0.2") double suspiciousShare,
        @Bindable(defaultValue = "5") int suspiciousMinItems,
        @Bindable(defaultValue = "30d") Duration crawlLogRetention,
        @Nullable List<String> fetchAllowList,
        @Bindable(defaultValue = "1s") Duration minHostDelay,
        @Bindable(defaultValue = "10") int parkAfterFailures,
        @Bindable(defaultValue = "0.70") double dedupeThreshold,
        @Bindable(defaultValue = "15m") Duration dedupeTimeTolerance,
        @Bindable(defaultValue = "150") double dedupeNearMetres,
        @Nullable String nodeId,
        @Bindable(defaultValue = "1m") Duration leaseDuration,
        @Nullable Duration leaseHeartbeat) {

    /** @param recipesDir where the recipes for pages without markup are (config/recipes) */
    public AggregatorSettings toSettings(Path recipesDir) {
        List<String> allowList = fetchAllowList == null ? List.of()
                : fetchAllowList.stream().filter(entry -> entry != null && !entry.isBlank()).toList();
        return new AggregatorSettings(crawlEnabled, schedulerTick, connectTimeout, requestTimeout, maxBodyBytes,
                userAgent, horizon, recipesDir, allowList, minHostDelay, parkAfterFailures,
                new LifecycleSettings(missingCrawlsBeforeGone, suspiciousShare, suspiciousMinItems, crawlLogRetention),
                new DedupeSettings(dedupeThreshold, dedupeTimeTolerance, dedupeNearMetres),
                new LeaseSettings(nodeId, leaseDuration, leaseHeartbeat));
    }
}
