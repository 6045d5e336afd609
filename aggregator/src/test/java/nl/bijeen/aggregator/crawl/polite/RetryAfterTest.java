package nl.bijeen.aggregator.crawl.polite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void secondsCountFromNow() {
        assertThat(RetryAfter.parse("120", NOW)).contains(NOW.plusSeconds(120));
    }

    @Test
    void anHttpDateIsTakenAsItIs() {
        assertThat(RetryAfter.parse("Mon, 23 Nov 2026 12:30:00 GMT", NOW)).contains(Instant.parse("2026-11-23T12:30:00Z"));
    }

    @Test
    void aDateInThePastMeansNow() {
        assertThat(RetryAfter.parse("Mon, 23 Nov 2026 08:00:00 GMT", NOW)).contains(NOW);
    }

    @Test
    void noSiteKeepsUsAwayLongerThanAWeek() {
        assertThat(RetryAfter.parse("999999999", NOW)).contains(NOW.plus(Duration.ofDays(7)));
    }

    @Test
    void anAbsentOrUnreadableHeaderSaysNothing() {
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
        assertThat(RetryAfter.parse("straks", NOW)).isEmpty();
        assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
    }
}
