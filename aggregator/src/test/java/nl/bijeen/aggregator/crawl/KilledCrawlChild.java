package nl.bijeen.aggregator.crawl;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.AggregatorSettings;
import nl.bijeen.aggregator.source.SourceDefinition;
import nl.bijeen.aggregator.support.StallingDataSource;

/**
 * The process {@link KilledCrawlSpec} kills: starts an aggregator on the given database and crawls one source on
 * request. Arguments: JDBC URL, PostgreSQL schema (or "-"), source id, feed URL, and the INSERT inside a
 * transaction at which to stall for good (0: never).
 */
public final class KilledCrawlChild {

    static final String CRAWLING = "CRAWL-STARTED";
    static final String FINISHED = "CRAWL-FINISHED";

    private KilledCrawlChild() {
    }

    public static void main(String[] args) {
        DataSource database = dataSource(args[0], args[1]);
        int stallAt = Integer.parseInt(args[4]);
        if (stallAt > 0) {
            database = StallingDataSource.stallingAtInsert(database, stallAt);
        }
        SourceDefinition source = source(args[2], URI.create(args[3]));
        try (Aggregator aggregator = Aggregator.start(settings(), database, List.of(source))) {
            System.out.println(CRAWLING);
            System.out.println(FINISHED + " " + aggregator.crawlNow(source.id()));
        }
    }

    /** The same source in the test and in the child, so that starting either changes nothing about it. */
    static SourceDefinition source(String id, URI feed) {
        return new SourceDefinition(id, "Buurthuis De Kern", feed, "ical", Duration.ofHours(1));
    }

    /** Room for a feed of thousands of activities and a fetch that is killed long before its deadline. */
    static AggregatorSettings settings() {
        return new AggregatorSettings(false, Duration.ofMillis(100), Duration.ofSeconds(5), Duration.ofSeconds(90),
                20L * 1024 * 1024, "BijeenTest/1.0", Duration.ofDays(365))
                .withFetchAllowList(HttpFetcherTest.LOOPBACK).withMinHostDelay(Duration.ZERO);
    }

    private static DataSource dataSource(String url, String schema) {
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser("sa");
            return h2;
        }
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL(url);
        postgres.setCurrentSchema(schema);
        return postgres;
    }
}
