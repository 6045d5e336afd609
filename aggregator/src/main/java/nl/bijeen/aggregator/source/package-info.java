/**
 * Sources: how operators configure them ({@link nl.bijeen.aggregator.source.SourcesFile}, {@code config/sources.yml}),
 * how the configured list is mirrored into the {@code source} table ({@link nl.bijeen.aggregator.source.SourceRegistry}),
 * and their crawl state: due times, leases, failures and back-off ({@link nl.bijeen.aggregator.source.SourceRepository}).
 */
package nl.bijeen.aggregator.source;
