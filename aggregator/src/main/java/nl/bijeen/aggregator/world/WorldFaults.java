package nl.bijeen.aggregator.world;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * The faults a {@link WorldServer} injects into the answers for site documents (never into robots.txt or the
 * index): a share of answers delayed by {@code latency}, and shares answered 503, 429 (with Retry-After) or with
 * the connection dropped halfway through the body. Which document gets which fault is drawn from the seed, the
 * path and the round, so a run is the same every time and a retry within a round meets the same fault.
 *
 * @param slow            share (0–1) of answers delayed by {@code latency}
 * @param serverErrors    share answered 503 Service Unavailable
 * @param tooManyRequests share answered 429 Too Many Requests
 * @param resets          share whose connection is dropped after the headers and part of the body
 */
public record WorldFaults(long seed, double slow, Duration latency, double serverErrors, double tooManyRequests,
                          double resets) {

    /** What happens to one request. */
    public enum Fault { NONE, SERVER_ERROR, TOO_MANY_REQUESTS, RESET }

    public WorldFaults {
        if (serverErrors + tooManyRequests + resets > 1 || serverErrors < 0 || tooManyRequests < 0 || resets < 0
                || slow < 0 || slow > 1) {
            throw new IllegalArgumentException("fault shares must be 0–1 and add up to at most 1: " + serverErrors
                    + " + " + tooManyRequests + " + " + resets + ", slow " + slow);
        }
        latency = latency == null ? Duration.ZERO : latency;
    }

    public static WorldFaults none() {
        return new WorldFaults(0, 0, Duration.ZERO, 0, 0, 0);
    }

    public WorldFaults withLatency(double share, Duration delay) {
        return new WorldFaults(seed, share, delay, serverErrors, tooManyRequests, resets);
    }

    Fault fault(String path, int round) {
        double draw = draws(path, round).nextDouble();
        if (draw < serverErrors) {
            return Fault.SERVER_ERROR;
        }
        if (draw < serverErrors + tooManyRequests) {
            return Fault.TOO_MANY_REQUESTS;
        }
        return draw < serverErrors + tooManyRequests + resets ? Fault.RESET : Fault.NONE;
    }

    Duration delay(String path, int round) {
        SplittableRandom draws = draws(path, round);
        draws.nextDouble();
        return draws.nextDouble() < slow ? latency : Duration.ZERO;
    }

    private SplittableRandom draws(String path, int round) {
        return new SplittableRandom(seed * 31 + path.hashCode() * 1_000_003L + round);
    }
}
