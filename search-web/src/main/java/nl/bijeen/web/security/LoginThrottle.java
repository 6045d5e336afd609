package nl.bijeen.web.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Singleton;

import nl.bijeen.web.config.SecurityProperties;

/**
 * Slows down password guessing: after {@code loginAttempts} failures within {@code loginWindow} for one user name
 * (from anywhere), or {@code loginAttemptsPerAddress} from one client address, further attempts are refused until
 * the oldest failure leaves the window. Kept in memory per web node: with several nodes an attacker gets that many times the attempts, still
 * far too few to guess a 12-character password.
 */
@Singleton
public class LoginThrottle {

    /** More keys than this and the oldest are forgotten, so a flood of addresses cannot fill the heap. */
    private static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final SecurityProperties settings;

    public LoginThrottle(Clock clock, SecurityProperties settings) {
        this.clock = clock;
        this.settings = settings;
    }

    /** True when this address or user name has used up its attempts. */
    public boolean blocked(String address, String username) {
        return full("ip:" + address, settings.loginAttemptsPerAddress())
                || full("user:" + normalise(username), settings.loginAttempts());
    }

    public void failed(String address, String username) {
        if (failures.size() > MAX_KEYS) {
            failures.clear();
        }
        add("ip:" + address);
        add("user:" + normalise(username));
    }

    /** A successful login clears the address's count (not the user's: others may be guessing it). */
    public void succeeded(String address) {
        failures.remove("ip:" + address);
    }

    private boolean full(String key, int allowed) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            Instant since = clock.instant().minus(settings.loginWindow());
            while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
                times.pollFirst();
            }
            return times.size() >= allowed;
        }
    }

    private void add(String key) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
        }
    }

    private static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
