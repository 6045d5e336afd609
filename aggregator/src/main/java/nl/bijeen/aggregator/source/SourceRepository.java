package nl.bijeen.aggregator.source;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.random.RandomGenerator;

import javax.sql.DataSource;

import nl.bijeen.aggregator.AggregatorSettings;
import nl.bijeen.aggregator.store.Sql;
import nl.bijeen.aggregator.store.Transactions;

/** The {@code source} table: the sources to crawl and their crawl state. */
public final class SourceRepository {

    private final DataSource dataSource;
    private final int parkAfterFailures;
    private final RandomGenerator jitter;
    private final SourceLeases leases;

    public SourceRepository(DataSource dataSource) {
        this(dataSource, AggregatorSettings.DEFAULT_PARK_AFTER_FAILURES, new Random());
    }

    /**
     * @param parkAfterFailures consecutive failures after which a source is parked
     * @param jitter            shortens each backoff a little at random (fixed in tests)
     */
    public SourceRepository(DataSource dataSource, int parkAfterFailures, RandomGenerator jitter) {
        this(dataSource, parkAfterFailures, jitter, LeaseSettings.thisProcess());
    }

    /** @param node this process's name on the leases it takes (see {@link LeaseSettings#nodeId()}) */
    public SourceRepository(DataSource dataSource, int parkAfterFailures, RandomGenerator jitter, String node) {
        this.leases = new SourceLeases(dataSource, node);
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.parkAfterFailures = parkAfterFailures;
        this.jitter = Objects.requireNonNull(jitter, "jitter");
    }

    public Optional<CrawlTarget> target(String sourceId) {
        return Transactions.read(dataSource, "reading source " + sourceId, connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, url, format, schedule_seconds, etag, last_modified, recipe, default_audiences,"
                            + " default_themes, default_wijk FROM source WHERE id = ?")) {
                query.setString(1, sourceId);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() ? Optional.of(new CrawlTarget(rs.getString("id"), URI.create(rs.getString("url")),
                            rs.getString("format"), Duration.ofSeconds(rs.getLong("schedule_seconds")),
                            rs.getString("etag"), rs.getString("last_modified"), rs.getString("recipe"),
                            IdLists.split(rs.getString("default_audiences")),
                            IdLists.split(rs.getString("default_themes")), rs.getString("default_wijk"),
                            PageValidatorRows.read(connection, sourceId)))
                            : Optional.empty();
                }
            }
        });
    }

    public List<SourceStatus> statuses() {
        return Transactions.read(dataSource, "reading sources", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT * FROM source ORDER BY id");
                 ResultSet rs = query.executeQuery()) {
                List<SourceStatus> statuses = new ArrayList<>();
                while (rs.next()) {
                    statuses.add(status(rs));
                }
                return statuses;
            }
        });
    }

    /**
     * Leases the enabled sources whose time has come for this process (see {@link SourceLeases}): a source is handed
     * to one crawler only, even with several crawler processes. Recording the crawl's result releases the lease and
     * sets the real next_due_at; if the process dies, the lease runs out and the source, still due, is claimed again.
     * At most {@code limit} sources are claimed, longest overdue first. Parked and paused sources are never claimed
     * (a crawl on request does not claim, so it still runs them).
     */
    public List<String> claimDue(Instant now, Duration lease, int limit) {
        return leases.claimDue(now, lease, limit);
    }

    /** This process's leases on due sources (claim, heartbeat, release). */
    public SourceLeases leases() {
        return leases;
    }

    /**
     * Makes a source due now, so that a crawler node takes it at its next round: "crawl now" on a node that does not
     * crawl itself. Parked and paused sources stay as they are (the scheduler never takes them). False when there is
     * no such source.
     */
    public boolean makeDue(String sourceId, Instant now) {
        return Transactions.inTransaction(dataSource, "making " + sourceId + " due", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE source"
                    + " SET next_due_at = CASE WHEN next_due_at > ? THEN ? ELSE next_due_at END WHERE id = ?")) {
                Sql.setInstant(update, 1, now);
                Sql.setInstant(update, 2, now);
                update.setString(3, sourceId);
                return update.executeUpdate() == 1;
            }
        });
    }

    /** One source with its crawl state; empty when there is no source with this id. */
    public Optional<SourceStatus> status(String sourceId) {
        return Transactions.read(dataSource, "reading source " + sourceId, connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT * FROM source WHERE id = ?")) {
                query.setString(1, sourceId);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() ? Optional.of(status(rs)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Records a successful crawl, in the caller's transaction (the one that also wrote its activities): the source's
     * validators and those of every further page the crawl loaded are saved together with its items, so a crash can
     * never leave validators that claim content the store does not have. A 304 keeps the pages as they are. A parked
     * source is only crawled when someone asks for it; when that works, the source works again and is unparked.
     */
    public void recordSuccess(Connection connection, String sourceId, CrawlSuccess success) throws SQLException {
        String validators = success.notModified()
                ? "etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified), item_count = COALESCE(?, item_count)"
                : "etag = ?, last_modified = ?, item_count = ?";
        try (PreparedStatement update = connection.prepareStatement("UPDATE source SET " + validators + """
                , last_attempt_at = ?, last_success_at = ?, last_error = NULL, consecutive_failures = 0,
                  parked_reason = NULL, last_duration_ms = ?, next_due_at = ?,
                  lease_owner = NULL, lease_expires_at = NULL
                WHERE id = ?""")) {
            update.setString(1, success.etag());
            update.setString(2, success.lastModified());
            update.setObject(3, success.itemCount(), java.sql.Types.INTEGER);
            Sql.setInstant(update, 4, success.at());
            Sql.setInstant(update, 5, success.at());
            update.setLong(6, success.durationMs());
            Sql.setInstant(update, 7, success.at().plus(schedule(connection, sourceId)));
            update.setString(8, sourceId);
            update.executeUpdate();
        }
        if (!success.notModified()) {
            PageValidatorRows.replace(connection, sourceId, success.pages());
        }
    }

    /** Records a failed crawl in its own small transaction; activities are not touched. */
    public void recordFailure(String sourceId, String error, Instant at, long durationMs) {
        recordFailure(sourceId, error, at, durationMs, null);
    }

    /**
     * Records a failed crawl: the next attempt after a backoff with jitter, but not before {@code notBefore} (the
     * website's Retry-After) when given; after {@code parkAfterFailures} failures in a row the source is parked.
     */
    public void recordFailure(String sourceId, String error, Instant at, long durationMs, Instant notBefore) {
        Transactions.inTransaction(dataSource, "recording the failure of " + sourceId, connection -> {
            int failures = failures(connection, sourceId) + 1;
            Instant next = at.plus(Backoff.afterFailures(failures, schedule(connection, sourceId), jitter));
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE source SET last_attempt_at = ?, last_error = ?, consecutive_failures = ?,
                                      last_duration_ms = ?, next_due_at = ?,
                                      parked_reason = COALESCE(parked_reason, ?),
                                      lease_owner = NULL, lease_expires_at = NULL
                    WHERE id = ?""")) {
                Sql.setInstant(update, 1, at);
                update.setString(2, clip(error, 2000));
                update.setInt(3, failures);
                update.setLong(4, durationMs);
                Sql.setInstant(update, 5, notBefore != null && notBefore.isAfter(next) ? notBefore : next);
                update.setString(6, failures >= parkAfterFailures ? clip(parkedReason(failures, error), 2000) : null);
                update.setString(7, sourceId);
                return update.executeUpdate();
            }
        });
    }

    /** Takes a parked source back into the schedule (an admin or its owner asked): due now, failures forgotten. */
    public boolean unpark(String sourceId, Instant now) {
        return Transactions.inTransaction(dataSource, "re-enabling " + sourceId, connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE source SET parked_reason = NULL, consecutive_failures = 0, next_due_at = ?
                    WHERE id = ? AND parked_reason IS NOT NULL""")) {
                Sql.setInstant(update, 1, now);
                update.setString(2, sourceId);
                return update.executeUpdate() == 1;
            }
        });
    }

    private static String parkedReason(int failures, String error) {
        return "Bijeen haalt deze bron niet meer op: het ging " + failures + " keer op rij mis (laatste fout: " + error
                + "). Een beheerder of de eigenaar kan de bron weer aanzetten; een nieuw adres zet haar ook weer aan.";
    }

    private static Duration schedule(Connection connection, String sourceId) throws SQLException {
        return Duration.ofSeconds(longColumn(connection, sourceId, "schedule_seconds"));
    }

    private static int failures(Connection connection, String sourceId) throws SQLException {
        return (int) longColumn(connection, sourceId, "consecutive_failures");
    }

    private static long longColumn(Connection connection, String sourceId, String column) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + column + " FROM source WHERE id = ?")) {
            query.setString(1, sourceId);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("unknown source " + sourceId);
                }
                return rs.getLong(1);
            }
        }
    }

    private static SourceStatus status(ResultSet rs) throws SQLException {
        return new SourceStatus(rs.getString("id"), rs.getString("name"), URI.create(rs.getString("url")),
                rs.getString("format"), Duration.ofSeconds(rs.getLong("schedule_seconds")), rs.getBoolean("enabled"),
                Sql.getInstant(rs, "last_attempt_at"), Sql.getInstant(rs, "last_success_at"),
                rs.getString("last_error"), rs.getInt("consecutive_failures"), rs.getInt("item_count"),
                Sql.getNullableLong(rs, "last_duration_ms"), Sql.getInstant(rs, "next_due_at"),
                rs.getString("parked_reason"), new SourceStatus.Settings(
                        IdLists.split(rs.getString("default_audiences")), IdLists.split(rs.getString("default_themes")),
                        rs.getString("default_wijk"), rs.getInt("priority"), rs.getString("owner_email"),
                        rs.getBoolean("paused")));
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
