package nl.bijeen.aggregator.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/**
 * An H2 database in a file, which another process can open after this one let go of it (AUTO_SERVER off: one
 * process at a time). The file stays open between connections (DB_CLOSE_DELAY=-1), as it would behind a
 * connection pool: without a pool H2 would close and compact the file after every statement, which is slow.
 * {@link #letGo()} closes it for the other process; the next connection here opens it again.
 */
public final class H2FileTestDatabase implements TestDatabase {

    private final String url;
    private final JdbcDataSource dataSource = new JdbcDataSource();

    public H2FileTestDatabase(Path directory) {
        this.url = "jdbc:h2:file:" + directory.resolve("bijeen").toAbsolutePath() + ";AUTO_SERVER=FALSE;DB_CLOSE_DELAY=-1"
                + ";LOCK_TIMEOUT=20000";
        dataSource.setURL(url);
        dataSource.setUser("sa");
    }

    /** The JDBC URL, for another process (user "sa", no password). */
    public String url() {
        return url;
    }

    @Override
    public String name() {
        return "H2 file";
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public boolean someoneWaitsForALock() {
        return queryLong("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL") > 0;
    }

    /** Closes the file, so that another process can open it. */
    public void letGo() {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException("could not shut down the test database", e);
        }
    }

    @Override
    public void close() {
        letGo();
    }
}
