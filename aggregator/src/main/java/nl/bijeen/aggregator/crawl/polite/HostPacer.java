package nl.bijeen.aggregator.crawl.polite;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness per host: one request at a time to a host, and at least a minimum delay between the end of one request
 * and the start of the next, whichever source asks. Different hosts do not wait for each other.
 */
public final class HostPacer {

    /** Held while one request to a host runs; closing it starts the host's delay. */
    public interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    private final Duration minDelay;
    private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();

    public HostPacer(Duration minDelay) {
        this.minDelay = minDelay;
    }

    /**
     * Waits for this host's turn, at most until the deadline (in {@link System#nanoTime()} terms).
     *
     * @return the turn, or {@code null} when the deadline passed first
     */
    public Turn await(String host, long deadlineNanos) throws InterruptedException {
        Slot slot = slots.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new Slot());
        if (!slot.lock.tryLock(deadlineNanos - System.nanoTime(), TimeUnit.NANOSECONDS)) {
            return null;
        }
        long wait = slot.freeAt - System.nanoTime();
        if (wait > 0) {
            if (wait > deadlineNanos - System.nanoTime()) {
                slot.lock.unlock();
                return null;
            }
            TimeUnit.NANOSECONDS.sleep(wait); // the politeness delay itself, not a test's guess
        }
        return () -> {
            slot.freeAt = System.nanoTime() + minDelay.toNanos();
            slot.lock.unlock();
        };
    }

    private static final class Slot {
        final ReentrantLock lock = new ReentrantLock(true);
        volatile long freeAt = Long.MIN_VALUE / 2;
    }
}
