package nl.bijeen.aggregator.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

/**
 * A real database's DataSource whose connections stop for good after the INSERT that writes the N-th row inside a
 * transaction, after announcing it on standard output: a process killed then dies with a write transaction open and
 * half done,
 * which is what a crash "while committing" a large crawl looks like to the database. Nothing of the application is
 * replaced; the JDBC driver only gets a pause.
 */
public final class StallingDataSource {

    /** Printed (and flushed) just before the stall. */
    public static final String STALLED = "STALLED-IN-TRANSACTION";

    private StallingDataSource() {
    }

    public static DataSource stallingAtInsert(DataSource real, int insertNumber) {
        AtomicInteger inserts = new AtomicInteger();
        return proxy(DataSource.class, real, (method, args, result) -> result instanceof Connection connection
                ? proxy(Connection.class, connection, (m, a, r) -> r instanceof PreparedStatement statement
                        && isInsert(m, a) ? stallAt(statement, connection, inserts, insertNumber) : r)
                : result);
    }

    private static boolean isInsert(Method method, Object[] args) {
        return method.getName().equals("prepareStatement") && args != null && args[0] instanceof String sql
                && sql.strip().toUpperCase(Locale.ROOT).startsWith("INSERT");
    }

    /**
     * Counts inserted rows — one per plain execute, one per row of a batch — and stalls right after the execute
     * that reaches row N: the rows are then written but not committed, the transaction open.
     */
    private static PreparedStatement stallAt(PreparedStatement statement, Connection connection,
                                             AtomicInteger inserts, int insertNumber) {
        AtomicInteger batched = new AtomicInteger();
        return proxy(PreparedStatement.class, statement, (method, args, result) -> {
            if (method.getName().startsWith("execute") && !connection.getAutoCommit()) {
                int rows = Math.max(1, batched.getAndSet(0));
                int before = inserts.getAndAdd(rows);
                if (before < insertNumber && before + rows >= insertNumber) {
                    System.out.println(STALLED);
                    System.out.flush();
                    new CountDownLatch(1).await(); // until the process is killed
                }
            }
            return result;
        }, (method, args) -> {
            if (method.getName().equals("addBatch")) {
                batched.incrementAndGet();
            }
        });
    }

    /** What a proxy does with the real call's result. */
    @FunctionalInterface
    private interface After {
        Object apply(Method method, Object[] args, Object result) throws Exception;
    }

    /** What a proxy does before the real call. */
    @FunctionalInterface
    private interface Before {
        void accept(Method method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, T real, After after) {
        return proxy(type, real, after, (method, args) -> { });
    }

    private static <T> T proxy(Class<T> type, T real, After after, Before before) {
        InvocationHandler handler = (self, method, args) -> {
            before.accept(method, args);
            Object result;
            try {
                result = method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return after.apply(method, args, result);
        };
        return type.cast(Proxy.newProxyInstance(StallingDataSource.class.getClassLoader(), new Class<?>[] {type},
                handler));
    }
}
