package nl.bijeen.aggregator.normalise;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import nl.bijeen.aggregator.store.Sql;
import nl.bijeen.aggregator.store.StoreException;
import nl.bijeen.aggregator.store.Transactions;
import nl.bijeen.connectors.geo.GeoPoint;
import nl.bijeen.connectors.geo.GeocodeAnswer;
import nl.bijeen.connectors.geo.GeocodeCache;

/** The geocoder's memory in the store ({@code geocode_cache}): shared by every crawler node and kept across restarts. */
public final class StoreGeocodeCache implements GeocodeCache {

    private final DataSource dataSource;

    public StoreGeocodeCache(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Optional<GeocodeAnswer> get(String key) {
        return Transactions.read(dataSource, "reading the geocode cache", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT outcome, latitude, longitude, precision FROM geocode_cache WHERE address_key = ?")) {
                query.setString(1, key);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() ? Optional.of(answer(rs)) : Optional.<GeocodeAnswer>empty();
                }
            }
        });
    }

    @Override
    public void put(String key, GeocodeAnswer answer) {
        if (!answer.isDefinite()) {
            return; // "PDOK could not be reached" is no answer to remember
        }
        try {
            Transactions.inTransaction(dataSource, "writing the geocode cache", connection -> {
                try (PreparedStatement update = connection.prepareStatement("UPDATE geocode_cache SET outcome = ?,"
                        + " latitude = ?, longitude = ?, precision = ?, cached_at = ? WHERE address_key = ?")) {
                    bind(update, answer, key);
                    if (update.executeUpdate() == 0) {
                        insert(connection, key, answer);
                    }
                }
                return null;
            });
        } catch (StoreException e) {
            if (!(e.getCause() instanceof java.sql.SQLException sql) || sql.getSQLState() == null
                    || !sql.getSQLState().startsWith("23")) {
                throw e;
            }
            // A duplicate key: another crawler stored this address at the same moment; its answer is as good as ours.
        }
    }

    private static void insert(java.sql.Connection connection, String key, GeocodeAnswer answer)
            throws java.sql.SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO geocode_cache"
                + " (outcome, latitude, longitude, precision, cached_at, address_key) VALUES (?, ?, ?, ?, ?, ?)")) {
            bind(insert, answer, key);
            insert.executeUpdate();
        }
    }

    /** Binds the answer to parameters 1–5 and the key to 6, in the order both statements use. */
    private static void bind(PreparedStatement statement, GeocodeAnswer answer, String key) throws java.sql.SQLException {
        GeoPoint point = answer.point();
        statement.setString(1, answer.outcome().name());
        statement.setObject(2, point == null ? null : point.latitude());
        statement.setObject(3, point == null ? null : point.longitude());
        statement.setString(4, point == null ? null : point.precision().name());
        Sql.setInstant(statement, 5, Instant.now());
        statement.setString(6, key);
    }

    private static GeocodeAnswer answer(ResultSet rs) throws java.sql.SQLException {
        if (!"FOUND".equals(rs.getString("outcome"))) {
            return GeocodeAnswer.NOT_FOUND;
        }
        return GeocodeAnswer.found(new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude"),
                GeoPoint.Precision.valueOf(rs.getString("precision"))));
    }
}
