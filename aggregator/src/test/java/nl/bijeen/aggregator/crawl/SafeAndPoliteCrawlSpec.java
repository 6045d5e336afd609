package nl.bijeen.aggregator.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.AggregatorSettings;
import nl.bijeen.aggregator.source.SourceDefinition;
import nl.bijeen.aggregator.source.SourceStatus;
import nl.bijeen.aggregator.support.FixtureServer;

/**
 * Whole crawls against hostile or busy sites, with the exact stored result: only 127.0.0.1 (the fixture server) is
 * on the allow-list, so a redirect to any other internal address is refused as it would be in production.
 */
abstract class SafeAndPoliteCrawlSpec extends CrawlSpec {

    private Aggregator startWithOnlyTheFixtureServerAllowed(SourceDefinition source) {
        AggregatorSettings settings = settings(false, requestTimeout()).withFetchAllowList(List.of("127.0.0.1/32"))
                .withParkAfterFailures(2);
        aggregator = Aggregator.start(settings, db.dataSource(), List.of(source));
        return aggregator;
    }

    private SourceStatus failedCrawl(SourceDefinition source) {
        CrawlOutcome outcome = aggregator.crawlNow(source.id());
        assertThat(outcome.success()).as(outcome.toString()).isFalse();
        assertThat(aggregator.store().findBySource(source.id())).isEmpty();
        SourceStatus status = status(source);
        assertThat(status.lastError()).isEqualTo(outcome.error());
        assertThat(status.lastSuccessAt()).isNull();
        return status;
    }

    @Test
    void aSiteThatRedirectsToTheCloudMetadataServiceIsRefused() {
        SourceDefinition source = source("metadata");
        server.redirect(path(source), "http://169.254.169.254/latest/meta-data/");
        startWithOnlyTheFixtureServerAllowed(source);

        assertThat(failedCrawl(source).lastError()).isEqualTo(
                "Bijeen haalt geen adressen op het interne netwerk op (169.254.169.254: de metadata-dienst van een cloud).");
    }

    @Test
    void aSiteThatRedirectsToAnotherLoopbackAddressIsRefused() {
        SourceDefinition source = source("loopback");
        server.redirect(path(source), "http://127.0.0.2:" + server.uri("/").getPort() + "/admin");
        startWithOnlyTheFixtureServerAllowed(source);

        assertThat(failedCrawl(source).lastError()).isEqualTo(
                "Bijeen haalt geen adressen op het interne netwerk op (127.0.0.2: loopback, deze machine zelf).");
        assertThat(server.requests("/admin")).isEmpty();
    }

    @Test
    void aSourceThatRobotsTxtDisallowsFailsWithoutBeingFetched() {
        SourceDefinition source = source("robots");
        server.serve("/robots.txt", "text/plain",
                ("User-agent: Bijeen\nDisallow: " + path(source) + "\n").getBytes(StandardCharsets.UTF_8));
        server.serveResource(path(source), "crawl/agenda-v1.ics", "text/calendar");
        try {
            startWithOnlyTheFixtureServerAllowed(source);

            assertThat(failedCrawl(source).lastError()).isEqualTo("De website vraagt in haar robots.txt om "
                    + path(source) + " niet door robots te laten ophalen; Bijeen houdt zich daaraan en haalt niets op.");
            assertThat(server.requests(path(source))).isEmpty();
        } finally {
            server.status("/robots.txt", 404);
        }
    }

    @Test
    void a429WithRetryAfterSetsTheNextAttempt() {
        SourceDefinition source = source("druk");
        server.on(path(source), exchange -> {
            exchange.getResponseHeaders().add("Retry-After", "7200");
            FixtureServer.respond(exchange, 429, "text/plain", "te druk".getBytes(StandardCharsets.UTF_8));
        });
        startWithOnlyTheFixtureServerAllowed(source);

        SourceStatus status = failedCrawl(source);

        assertThat(status.lastError()).isEqualTo("De website antwoordde met foutcode 429.");
        assertThat(status.nextDueAt()).isBetween(status.lastAttemptAt().plus(Duration.ofSeconds(7200 - 30)),
                status.lastAttemptAt().plus(Duration.ofSeconds(7200)));
    }

    @Test
    void aSourceThatFailsTheConfiguredNumberOfTimesInARowIsParked() {
        SourceDefinition source = source("kapot");
        server.status(path(source), 500);
        startWithOnlyTheFixtureServerAllowed(source);

        assertThat(failedCrawl(source).parked()).isFalse();
        SourceStatus status = failedCrawl(source);

        assertThat(status.parked()).isTrue();
        assertThat(status.parkedReason()).isEqualTo("Bijeen haalt deze bron niet meer op: het ging 2 keer op rij mis "
                + "(laatste fout: De website antwoordde met foutcode 500.). Een beheerder of de eigenaar kan de bron "
                + "weer aanzetten; een nieuw adres zet haar ook weer aan.");
    }

    @Test
    void aParkedSourceThatIsReEnabledIsCrawledAgainWithItsFailuresForgotten() {
        SourceDefinition source = source("hersteld");
        server.status(path(source), 500);
        startWithOnlyTheFixtureServerAllowed(source);
        failedCrawl(source);
        failedCrawl(source);
        server.serveResource(path(source), "crawl/agenda-v1.ics", "text/calendar");

        assertThat(aggregator.reEnable(source.id())).isTrue();
        CrawlOutcome outcome = aggregator.crawlNow(source.id());

        assertThat(outcome.success()).as(outcome.toString()).isTrue();
        assertThat(status(source).parked()).isFalse();
        assertThat(status(source).consecutiveFailures()).isZero();
        assertThat(aggregator.reEnable(source.id())).as("not parked any more").isFalse();
    }

    @Test
    void aParkedSourceCrawledOnRequestIsUnparkedWhenItWorksAndTheOutcomeSaysSo() {
        SourceDefinition source = source("terug");
        server.status(path(source), 500);
        startWithOnlyTheFixtureServerAllowed(source);
        failedCrawl(source);
        assertThat(failedCrawl(source).parked()).isTrue();
        server.serveResource(path(source), "crawl/agenda-v1.ics", "text/calendar");

        CrawlOutcome outcome = aggregator.crawlNow(source.id());

        assertThat(outcome.success()).as(outcome.toString()).isTrue();
        assertThat(outcome.inserted()).isEqualTo(3);
        assertThat(outcome.notice()).isEqualTo(CrawlNotices.UNPARKED);
        SourceStatus status = status(source);
        assertThat(status.parked()).isFalse();
        assertThat(status.consecutiveFailures()).isZero();
        assertThat(status.nextDueAt()).isEqualTo(status.lastSuccessAt().plus(Duration.ofHours(1)));
    }

    @Test
    void aParkedSourceCrawledOnRequestThatFailsAgainStaysParkedAndTheOutcomeSaysSo() {
        SourceDefinition source = source("nog-kapot");
        server.status(path(source), 500);
        startWithOnlyTheFixtureServerAllowed(source);
        failedCrawl(source);
        String reason = failedCrawl(source).parkedReason();

        CrawlOutcome outcome = aggregator.crawlNow(source.id());

        assertThat(outcome.success()).isFalse();
        assertThat(outcome.error()).isEqualTo("De website antwoordde met foutcode 500.");
        assertThat(outcome.notice()).isEqualTo(CrawlNotices.STILL_PARKED);
        assertThat(status(source).parkedReason()).isEqualTo(reason);
        assertThat(status(source).consecutiveFailures()).isEqualTo(3);
    }

    @Test
    void aCrawlOnRequestOfASourceInGoodStandingHasNoNotice() {
        SourceDefinition source = source("gewoon");
        server.serveResource(path(source), "crawl/agenda-v1.ics", "text/calendar");
        startWithOnlyTheFixtureServerAllowed(source);

        assertThat(aggregator.crawlNow(source.id()).notice()).isNull();
    }
}
