package nl.bijeen.aggregator.world;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Requests a {@link WorldServer} answered, per site and per status; {@link #RESET} counts dropped connections. */
public final class RequestCounts {

    /** The "status" of a request whose connection was dropped instead of answered. */
    public static final int RESET = 0;

    private final Map<String, Map<Integer, LongAdder>> counts = new ConcurrentHashMap<>();

    void count(String site, int status) {
        counts.computeIfAbsent(site, k -> new ConcurrentHashMap<>()).computeIfAbsent(status, k -> new LongAdder())
                .increment();
    }

    /** Requests for {@code site}'s documents answered with {@code status}. */
    public long of(String site, int status) {
        Map<Integer, LongAdder> perStatus = counts.get(site);
        LongAdder n = perStatus == null ? null : perStatus.get(status);
        return n == null ? 0 : n.sum();
    }

    /** All requests for {@code site}'s documents. */
    public long of(String site) {
        Map<Integer, LongAdder> perStatus = counts.get(site);
        return perStatus == null ? 0 : perStatus.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Requests over all sites per status, in status order. */
    public Map<Integer, Long> byStatus() {
        Map<Integer, Long> total = new TreeMap<>();
        counts.values().forEach(perStatus -> perStatus.forEach((status, n) -> total.merge(status, n.sum(),
                Long::sum)));
        return total;
    }

    public long total() {
        return byStatus().values().stream().mapToLong(Long::longValue).sum();
    }

    /** Forgets every count (between the rounds of a benchmark). */
    public void reset() {
        counts.clear();
    }
}
