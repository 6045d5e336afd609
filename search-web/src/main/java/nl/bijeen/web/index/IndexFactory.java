package nl.bijeen.web.index;

import java.io.IOException;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import nl.bijeen.aggregator.Aggregator;
import java.nio.file.Path;

import nl.bijeen.connectors.classify.Taxonomy;
import nl.bijeen.web.config.BijeenProperties;
import nl.bijeen.web.config.GeoProperties;
import nl.bijeen.web.config.IndexProperties;
import nl.bijeen.web.role.Role;
import javax.sql.DataSource;

import nl.bijeen.aggregator.normalise.StoreGeocodeCache;
import nl.bijeen.connectors.geo.Geocoder;
import nl.bijeen.web.config.AggregatorProperties;
import nl.bijeen.web.search.ActivitySearch;
import nl.bijeen.web.search.PostcodeLocator;
import nl.bijeen.web.search.QueryVocabulary;

/** Wires the index, the follower that keeps it up to date, and search into the application. */
@Factory
public class IndexFactory {

    private static final Logger LOG = LoggerFactory.getLogger(IndexFactory.class);

    /** The clock whose zone decides when "today" starts. */
    @Singleton
    Clock clock(BijeenProperties bijeen) {
        return Clock.system(bijeen.zone());
    }

    /**
     * An index built from another database (JDBC_URL changed) or with another document layout (new fields or
     * analysis) is emptied, so the follower rebuilds it.
     */
    @Singleton
    @Bean(preDestroy = "close")
    ActivityIndex activityIndex(IndexProperties settings, Clock clock,
                                @Value("${datasources.default.url}") String jdbcUrl) throws IOException {
        ActivityIndex index = ActivityIndex.open(settings.path(), clock);
        if (index.claimFor(StoreFingerprint.of(jdbcUrl) + "-layout-" + ActivityDocuments.LAYOUT)) {
            LOG.warn("The search index in {} was built from another database or by an older version of Bijeen; "
                            + "it is rebuilt from this database",
                    settings.path().toAbsolutePath());
        }
        return index;
    }

    /**
     * Eager: the index starts catching up with the store as soon as the application starts. Not on a crawler node,
     * which keeps no index (nothing there asks for one, so none is opened).
     */
    @Context
    @Requires(property = Role.PROPERTY, notEquals = "crawler")
    @Bean(preDestroy = "close")
    IndexFollower indexFollower(ActivityIndex index, Aggregator aggregator, IndexProperties settings) {
        IndexFollower follower = new IndexFollower(index, aggregator.store(), settings.batchSize());
        follower.start(settings.pollInterval());
        return follower;
    }

    /** Search that reads the taxonomy's audience and theme words and the wijk names as filters. */
    @Singleton
    ActivitySearch activitySearch(ActivityIndex index, BijeenProperties bijeen, GeoProperties geo,
                                  AggregatorProperties aggregator, DataSource dataSource) {
        Taxonomy taxonomy = Taxonomy.load(bijeen.configPath().resolve("taxonomy.yml"));
        Path wijkFile = geo.wijkFile() == null || geo.wijkFile().isBlank()
                ? null : bijeen.configPath().resolve(geo.wijkFile());
        return new ActivitySearch(index, taxonomy, QueryVocabulary.load(taxonomy, wijkFile),
                postcodes(geo, bijeen, aggregator, dataSource));
    }

    /**
     * Postcodes for "near me": the store's geocode cache, and PDOK only when {@code bijeen.geo.geocoding} is on (no
     * network otherwise); {@link ActivitySearch} falls back to a table derived from the places in the index.
     */
    private static PostcodeLocator postcodes(GeoProperties geo, BijeenProperties bijeen,
                                             AggregatorProperties aggregator, DataSource dataSource) {
        Geocoder geocoder = geo.toSettings(bijeen.configPath(), aggregator.userAgent())
                .geocoder(new StoreGeocodeCache(dataSource), w -> LOG.info("Postcode lookup: {}", w.message()));
        return postcode -> {
            try {
                return geocoder.geocode(postcode);
            } catch (RuntimeException e) {
                LOG.warn("Looking up postcode {} failed: {}", postcode, e.toString());
                return java.util.Optional.empty();
            }
        };
    }
}
