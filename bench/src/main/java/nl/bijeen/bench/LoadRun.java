package nl.bijeen.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the query mix against a target from several threads at once for a fixed time. Each thread goes through the
 * whole mix in its own shuffled order, pass after pass, so every query class gets its share and threads do not
 * hit the same query in lockstep. Time-bounded rather than count-bounded: a size ten times larger must not make
 * the bench ten times longer.
 */
final class LoadRun {

    /** Something that answers a query; throws when the answer is wrong (an HTTP error, say). */
    @FunctionalInterface
    interface Target {
        void search(String q) throws Exception;
    }

    /** What one run measured: all latencies, per query class, and the wall time. */
    record Measured(String name, int threads, Latencies all, Map<String, Latencies> byKind,
                    Map<String, Latencies> byQuery, long wallNanos, long errors) {

        double perSecond() {
            return all.count() / (wallNanos / 1e9);
        }
    }

    /** Prefix of the per-query entries in a worker's map, next to the per-class ones. */
    private static final String QUERY = "\u0000";

    private LoadRun() {
    }

    static Measured run(String name, QueryMix mix, Target target, int threads, ThreadFactory factory,
                        Duration duration) throws Exception {
        AtomicLong errors = new AtomicLong();
        List<Future<Map<String, Latencies>>> workers = new ArrayList<>();
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        try (ExecutorService pool = Executors.newThreadPerTaskExecutor(factory)) {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                workers.add(pool.submit(() -> work(mix, target, thread, threads, new Random(thread), deadline,
                        errors)));
            }
        }
        long wall = System.nanoTime() - started;
        Latencies all = new Latencies();
        Map<String, Latencies> byKind = new LinkedHashMap<>();
        Map<String, Latencies> byQuery = new LinkedHashMap<>();
        mix.kinds().forEach(k -> byKind.put(k, new Latencies()));
        for (Future<Map<String, Latencies>> worker : workers) {
            worker.get().forEach((key, latencies) -> {
                if (key.startsWith(QUERY)) {
                    byQuery.computeIfAbsent(key.substring(1), k -> new Latencies()).addAll(latencies);
                } else {
                    byKind.get(key).addAll(latencies);
                    all.addAll(latencies);
                }
            });
        }
        return new Measured(name, threads, all, byKind, byQuery, wall, errors.get());
    }

    private static Map<String, Latencies> work(QueryMix mix, Target target, int thread, int threads, Random random,
                                               long deadline, AtomicLong errors) {
        Map<String, Latencies> byKind = new LinkedHashMap<>();
        // First pass: this thread's slice of the mix, so together the threads run every query at least once however
        // slow the index is; then the whole mix, shuffled, until the deadline (checked per query, so threads stop
        // together and the tail is not a lone thread).
        List<QueryMix.Query> order = new ArrayList<>();
        for (int i = thread; i < mix.queries().size(); i += threads) {
            order.add(mix.queries().get(i));
        }
        for (int pass = 0; pass == 0 || System.nanoTime() < deadline; pass++) {
            if (pass == 1) {
                order = new ArrayList<>(mix.queries());
            }
            Collections.shuffle(order, random);
            for (QueryMix.Query query : order) {
                if (pass > 0 && System.nanoTime() >= deadline) {
                    break;
                }
                long t = System.nanoTime();
                try {
                    target.search(query.text());
                } catch (Exception e) {
                    // counted, not fatal: a bench that dies on the first timeout reports nothing at all
                    if (errors.getAndIncrement() == 0) {
                        System.err.println("first error on [" + query.text() + "]: " + e);
                    }
                    continue;
                }
                long took = System.nanoTime() - t;
                byKind.computeIfAbsent(query.kind(), k -> new Latencies()).add(took);
                byKind.computeIfAbsent(QUERY + query.text(), k -> new Latencies()).add(took);
            }
        }
        return byKind;
    }
}
