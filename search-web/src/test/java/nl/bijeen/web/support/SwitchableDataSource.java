package nl.bijeen.web.support;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

/** A real database that a test can make unreachable for a while, as when the database server restarts. */
public final class SwitchableDataSource implements DataSource {

    private final DataSource database;
    private volatile boolean reachable = true;

    public SwitchableDataSource(DataSource database) {
        this.database = database;
    }

    public void setReachable(boolean reachable) {
        this.reachable = reachable;
    }

    @Override
    public Connection getConnection() throws SQLException {
        check();
        return database.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        check();
        return database.getConnection(username, password);
    }

    private void check() throws SQLException {
        if (!reachable) {
            throw new SQLException("Connection refused: the database is down (test)");
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return database.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        database.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        database.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return database.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return database.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return database.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return database.isWrapperFor(type);
    }
}
