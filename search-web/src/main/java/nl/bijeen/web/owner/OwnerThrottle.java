package nl.bijeen.web.owner;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Singleton;

/**
 * Counts previews and registrations per client address over the last hour: every preview makes Bijeen fetch a
 * website, so an open form must not become a way to make it fetch without end. Kept in memory per web node.
 */
@Singleton
public class OwnerThrottle {

    /** What is counted. */
    public enum Kind { PREVIEW, REGISTRATION }

    static final Duration WINDOW = Duration.ofHours(1);
    /** More keys than this and all are forgotten, so a flood of addresses cannot fill the heap. */
    private static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Instant>> uses = new ConcurrentHashMap<>();
    private final Clock clock;
    private final OwnerProperties settings;

    public OwnerThrottle(Clock clock, OwnerProperties settings) {
        this.clock = clock;
        this.settings = settings;
    }

    /** Counts one use and answers true, or answers false (counting nothing) when the address used up its hour. */
    public boolean allow(Kind kind, String address) {
        if (uses.size() > MAX_KEYS) {
            uses.clear();
        }
        int limit = kind == Kind.PREVIEW ? settings.previewsPerHour() : settings.registrationsPerHour();
        Deque<Instant> times = uses.computeIfAbsent(kind + ":" + address, k -> new ArrayDeque<>());
        synchronized (times) {
            Instant now = clock.instant();
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
