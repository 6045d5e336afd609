package nl.bijeen.aggregator;

import java.util.List;

import javax.sql.DataSource;

import nl.bijeen.aggregator.source.SourceDefinition;
import nl.bijeen.aggregator.store.ActivityStore;

/**
 * The one facade the web module talks to: migrates the store, registers the sources and runs the Camel context
 * that crawls them. (Contract fixed by the foundation; implementation owned by the aggregator.)
 */
public final class Aggregator implements AutoCloseable {

    /** Migrates the schema (Flyway), upserts {@code sources} into the store and starts the crawl routes. */
    public static Aggregator start(AggregatorSettings settings, DataSource dataSource, List<SourceDefinition> sources) {
        throw new UnsupportedOperationException("TODO aggregator");
    }

    public ActivityStore store() {
        throw new UnsupportedOperationException("TODO aggregator");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("TODO aggregator");
    }
}
