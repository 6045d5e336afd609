package nl.bijeen.aggregator.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/** A real, empty database for one test class: H2 in memory or a fresh PostgreSQL schema. */
public interface TestDatabase extends AutoCloseable {

    String name();

    DataSource dataSource();

    /** True while some session of this database waits for a row lock held by another. */
    boolean someoneWaitsForALock();

    @Override
    void close();

    /** The first column of the first row of {@code sql}, as a long (for counts in assertions). */
    default long queryLong(String sql, Object... parameters) {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first column of the first row of {@code sql}, as text (null when the value is null). */
    default String queryString(String sql, Object... parameters) {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /**
     * Deletes every source, item, activity and log row and restarts the numbering, so the next test starts from an
     * empty store. Tests that share a database need it: the same fixture crawled for two tests' sources would
     * otherwise be recognised as one activity published twice.
     */
    default void emptyStore() {
        for (String table : new String[] {"organisation_edit", "organisation_override", "organisation_block_key",
                "organisation_mention", "source_organisation", "activity_organisation", "organisation",
                "crawl_log", "dedupe_override", "occurrence", "change_log", "activity",
                "source_item", "page_validator", "source", "hidden_activity", "source_override"}) {
            execute("DELETE FROM " + table);
        }
        execute("UPDATE change_counter SET last_seq = 0");
        execute("UPDATE dedupe_state SET last_activity_id = 0");
    }

    /** Runs one statement (for setting up a situation a test needs). */
    default void execute(String sql) {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
