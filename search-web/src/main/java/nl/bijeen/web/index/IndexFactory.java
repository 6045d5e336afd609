package nl.bijeen.web.index;

import java.time.Clock;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.web.config.BijeenProperties;
import nl.bijeen.web.config.IndexProperties;
import nl.bijeen.web.search.ActivitySearch;

/** Wires the index, the follower that keeps it up to date, and search into the application. */
@Factory
public class IndexFactory {

    /** The clock whose zone decides when "today" starts. */
    @Singleton
    Clock clock(BijeenProperties bijeen) {
        return Clock.system(bijeen.zone());
    }

    @Singleton
    @Bean(preDestroy = "close")
    ActivityIndex activityIndex(IndexProperties settings, Clock clock) {
        return ActivityIndex.open(settings.path(), clock);
    }

    /** Eager: the index starts catching up with the store as soon as the application starts. */
    @Context
    @Bean(preDestroy = "close")
    IndexFollower indexFollower(ActivityIndex index, Aggregator aggregator, IndexProperties settings) {
        IndexFollower follower = new IndexFollower(index, aggregator.store(), settings.batchSize());
        follower.start(settings.pollInterval());
        return follower;
    }

    @Singleton
    ActivitySearch activitySearch(ActivityIndex index) {
        return new ActivitySearch(index);
    }
}
