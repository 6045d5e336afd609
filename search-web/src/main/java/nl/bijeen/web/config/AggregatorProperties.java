package nl.bijeen.web.config;

import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import nl.bijeen.aggregator.AggregatorSettings;

/** Crawl settings ({@code bijeen.aggregator.*}), bound here and handed to the aggregator as {@link AggregatorSettings}. */
@ConfigurationProperties("bijeen.aggregator")
public record AggregatorProperties(
        @Bindable(defaultValue = "true") boolean crawlEnabled,
        @Bindable(defaultValue = "2s") Duration schedulerTick,
        @Bindable(defaultValue = "10s") Duration connectTimeout,
        @Bindable(defaultValue = "30s") Duration requestTimeout,
        @Bindable(defaultValue = "10485760") long maxBodyBytes,
        @Bindable(defaultValue = "Bijeen/0.1 (+https://bijeen.nl/over)") String userAgent,
        @Bindable(defaultValue = "365d") Duration horizon) {

    public AggregatorSettings toSettings() {
        return new AggregatorSettings(crawlEnabled, schedulerTick, connectTimeout, requestTimeout, maxBodyBytes,
                userAgent, horizon);
    }
}
