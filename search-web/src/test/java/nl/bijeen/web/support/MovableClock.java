package nl.bijeen.web.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test can move forward, to see what the application does when days pass. */
public final class MovableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    public MovableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new MovableClock(now, newZone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
