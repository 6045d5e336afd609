package nl.bijeen.aggregator.support;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * A real database's DataSource that remembers on which thread every connection was asked for: a crawl reads its
 * source and writes its result on the thread that fetches it, so this shows where crawls run.
 */
public final class ThreadRecordingDataSource implements DataSource {

    /** The thread that asked for a connection. */
    public record Use(String threadName, boolean virtual) {
    }

    private final DataSource delegate;
    private final List<Use> uses = new CopyOnWriteArrayList<>();

    public ThreadRecordingDataSource(DataSource delegate) {
        this.delegate = delegate;
    }

    public List<Use> uses() {
        return List.copyOf(uses);
    }

    @Override
    public Connection getConnection() throws SQLException {
        record();
        return delegate.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        record();
        return delegate.getConnection(username, password);
    }

    private void record() {
        Thread current = Thread.currentThread();
        uses.add(new Use(current.getName(), current.isVirtual()));
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return delegate.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return delegate.isWrapperFor(type);
    }
}
