package nl.bijeen.web.coverage;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Singleton;

import nl.bijeen.aggregator.store.Transactions;

/**
 * Table {@code search_demand} (V12): per day, wijk, theme and audience, how many searches found (almost) nothing.
 * Only one thread writes ({@link SearchDemand}), so "update, else insert" needs no vendor-specific upsert.
 */
@Singleton
class DemandStore {

    /** Not asked for. */
    static final String NONE = "";
    /** Asked for, but not a value Bijeen knows: what it was is not kept. */
    static final String UNKNOWN = "?";

    record Key(String wijk, String theme, String audience) {
    }

    /** @param searches searches with this combination over the days summed up */
    record Summed(Key key, long searches) {
    }

    private final DataSource dataSource;

    DemandStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void add(LocalDate day, List<Key> keys) {
        Transactions.inTransaction(dataSource, "counting unmet search demand", c -> {
            for (Key key : keys) {
                if (update(c, day, key) == 0) {
                    insert(c, day, key);
                }
            }
            return null;
        });
    }

    /** The combinations searched for from {@code from} on, most searched first. */
    List<Summed> since(LocalDate from) {
        return Transactions.read(dataSource, "reading unmet search demand", c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT wijk, theme, audience, SUM(searches) AS total FROM search_demand WHERE search_day >= ?
                    GROUP BY wijk, theme, audience ORDER BY total DESC, wijk, theme, audience""")) {
                q.setDate(1, Date.valueOf(from));
                List<Summed> found = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        found.add(new Summed(new Key(rs.getString("wijk"), rs.getString("theme"),
                                rs.getString("audience")), rs.getLong("total")));
                    }
                }
                return found;
            }
        });
    }

    private static int update(Connection c, LocalDate day, Key key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE search_demand SET searches = searches + 1
                WHERE search_day = ? AND wijk = ? AND theme = ? AND audience = ?""")) {
            bind(s, day, key);
            return s.executeUpdate();
        }
    }

    private static void insert(Connection c, LocalDate day, Key key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO search_demand (search_day, wijk, theme, audience, searches) VALUES (?, ?, ?, ?, 1)")) {
            bind(s, day, key);
            s.executeUpdate();
        }
    }

    private static void bind(PreparedStatement s, LocalDate day, Key key) throws SQLException {
        s.setDate(1, Date.valueOf(day));
        s.setString(2, key.wijk());
        s.setString(3, key.theme());
        s.setString(4, key.audience());
    }
}
