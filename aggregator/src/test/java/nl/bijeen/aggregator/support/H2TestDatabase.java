package nl.bijeen.aggregator.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/** A private in-memory H2 database, kept alive until {@link #close()}. */
public final class H2TestDatabase implements TestDatabase {

    private final JdbcDataSource dataSource = new JdbcDataSource();

    public H2TestDatabase() {
        // LOCK_TIMEOUT: concurrent crawls queue on the change counter row; H2's default of 1 s is too impatient
        dataSource.setURL("jdbc:h2:mem:bijeen-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
        dataSource.setUser("sa");
    }

    @Override
    public String name() {
        return "H2";
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public boolean someoneWaitsForALock() {
        return queryLong("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL") > 0;
    }

    @Override
    public void close() {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException("could not shut down the test database", e);
        }
    }
}
