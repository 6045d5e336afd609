package nl.bijeen.aggregator.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The robots.txt cache on a test clock: one load per site until it expires. */
class RobotsRulesTest {

    private Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final List<URI> loaded = new ArrayList<>();
    private final RobotsRules robots = new RobotsRules(new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    private RobotsRules.Answer serve(URI robotsUrl) {
        loaded.add(robotsUrl);
        return new RobotsRules.Answer(200, "User-agent: *\nDisallow: /prive/\n".getBytes(StandardCharsets.UTF_8),
                "text/plain");
    }

    @Test
    void aSiteIsAskedOnceUntilItsRulesExpire() throws Exception {
        robots.check(URI.create("https://wijk.example/a.ics"), this::serve);
        robots.check(URI.create("https://WIJK.example/b.ics"), this::serve);
        now = now.plus(RobotsRules.KEEP).minusSeconds(1);
        robots.check(URI.create("https://wijk.example/c.ics"), this::serve);
        now = now.plus(Duration.ofSeconds(1));
        robots.check(URI.create("https://wijk.example/d.ics"), this::serve);

        assertThat(loaded).containsExactly(URI.create("https://wijk.example/robots.txt"),
                URI.create("https://wijk.example/robots.txt"));
    }

    @Test
    void sitesOnOtherPortsOrSchemesHaveTheirOwnRules() throws Exception {
        robots.check(URI.create("https://wijk.example/a.ics"), this::serve);
        robots.check(URI.create("http://wijk.example/a.ics"), this::serve);
        robots.check(URI.create("https://wijk.example:8443/a.ics"), this::serve);

        assertThat(loaded).hasSize(3);
    }

    @Test
    void theRulesApplyToEveryPathOfTheSite() {
        assertThatThrownBy(() -> robots.check(URI.create("https://wijk.example/prive/agenda.ics"), this::serve))
                .isInstanceOf(FetchException.class).hasMessageContaining("/prive/agenda.ics");
    }

    @Test
    void aServerErrorIsNotKeptSoTheNextCrawlAsksAgain() {
        RobotsRules.Loader failing = url -> {
            loaded.add(url);
            return new RobotsRules.Answer(500, new byte[0], null);
        };

        assertThatThrownBy(() -> robots.check(URI.create("https://wijk.example/a.ics"), failing))
                .isInstanceOf(FetchException.class).hasMessageContaining("serverfout (500)");
        assertThatThrownBy(() -> robots.check(URI.create("https://wijk.example/a.ics"), failing))
                .isInstanceOf(FetchException.class);
        assertThat(loaded).hasSize(2);
    }
}
