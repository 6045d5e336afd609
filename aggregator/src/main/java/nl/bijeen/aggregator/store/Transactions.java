package nl.bijeen.aggregator.store;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Runs work on one connection in one transaction: committed when it returns, rolled back when it throws. */
public final class Transactions {

    /** Work done with a connection inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Tries in all when the connections handed out had been closed by the database (see below). */
    private static final int STALE_ATTEMPTS = 3;

    private Transactions() {
    }

    public static <T> T inTransaction(DataSource dataSource, String what, Work<T> work) {
        return withFreshConnectionIfStale(dataSource, what, connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            T result;
            try {
                result = work.run(connection);
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(connection, e);
                restoreQuietly(connection, autoCommit, e);
                throw e;
            }
            commit(connection, autoCommit);
            return result;
        });
    }

    /** Read-only work on one connection, without an explicit transaction. */
    public static <T> T read(DataSource dataSource, String what, Work<T> work) {
        return withFreshConnectionIfStale(dataSource, what, work);
    }

    /**
     * Runs {@code work} on a connection from the pool, and again on another one (at most {@value #STALE_ATTEMPTS}
     * times in all) when the database had already closed the one it got: right after a database restart a pool
     * hands out connections it has not checked yet. Only a failure before the commit is run again (the server
     * rolled that transaction back); a failure to get a connection at all, or of the commit, is not.
     */
    private static <T> T withFreshConnectionIfStale(DataSource dataSource, String what, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                try {
                    return work.run(connection);
                } catch (SQLException e) {
                    if (attempt < STALE_ATTEMPTS && LostConnection.causedBy(e)) {
                        continue; // the pool drops the dead connection; the next one is checked or new
                    }
                    throw e;
                }
            } catch (CommitFailed e) {
                throw new StoreException(what + " failed: " + e.getCause().getMessage(), e.getCause());
            } catch (SQLException e) {
                throw new StoreException(what + " failed: " + e.getMessage(), e);
            }
        }
    }

    private static void commit(Connection connection, boolean autoCommit) throws SQLException {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new CommitFailed(e); // whether it was committed is unknown: never run the work again
        }
        connection.setAutoCommit(autoCommit);
    }

    /** A failed commit, kept apart from failures of the work, which may be run again. */
    private static final class CommitFailed extends RuntimeException {
        CommitFailed(SQLException cause) {
            super(cause);
        }
    }

    /**
     * After a failure the connection may be gone (the pool closes one the server cut off): failing to reset it must
     * not hide the failure that says what happened.
     */
    private static void restoreQuietly(Connection connection, boolean autoCommit, Throwable cause) {
        try {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException restoreFailure) {
            cause.addSuppressed(restoreFailure);
        }
    }

    private static void rollbackQuietly(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }
}
