package nl.bijeen.aggregator.store;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

import javax.sql.DataSource;

/** Keeps the crawl log small: deletes attempts older than the retention (30 days by default). */
public final class CrawlLogHousekeeping {

    private final DataSource dataSource;
    private final Duration retention;
    private final Clock clock;

    public CrawlLogHousekeeping(DataSource dataSource, Duration retention, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Deletes what is past the retention now; returns how many rows. */
    public int run() {
        return Transactions.inTransaction(dataSource, "cleaning up the crawl log",
                connection -> CrawlLog.deleteStartedBefore(connection, clock.instant().minus(retention)));
    }
}
