package nl.bijeen.aggregator.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.bijeen.aggregator.source.SourceDefinition;
import nl.bijeen.aggregator.source.SourceStatus;
import nl.bijeen.aggregator.store.CrawlLogEntry;
import nl.bijeen.aggregator.store.StoredActivity;
import nl.bijeen.aggregator.support.FixtureServer;
import nl.bijeen.aggregator.support.ResettingServer;

/**
 * Crawls that fail — at the server, on the way, or in the content — never touch what was stored before; they only
 * record the failure, in plain Dutch, on the source.
 */
abstract class FailedCrawlSpec extends CrawlSpec {

    /** Short, because one of these specs waits for it to run out. */
    @Override
    protected Duration requestTimeout() {
        return Duration.ofSeconds(2);
    }


    private SourceDefinition kern;
    private Map<String, StoredActivity> storedBefore;
    private long seqBefore;
    private SourceStatus statusBefore;
    private String etagBefore;

    /** A source whose first crawl stored three activities. */
    private void crawledOnce() {
        kern = source("kern");
        server.serveResource(path(kern), "crawl/agenda-v1.ics", "text/calendar");
        crawledOnce(kern);
    }

    /** The same, from a server that can reset the connection on its next answers. */
    private void crawledOnceFrom(ResettingServer resetting) {
        SourceDefinition fixture = source("kern");
        kern = new SourceDefinition(fixture.id(), fixture.name(), resetting.uri(path(fixture)), "auto",
                fixture.schedule());
        resetting.serve("text/calendar", FixtureServer.resource("crawl/agenda-v1.ics"));
        crawledOnce(kern);
    }

    private void crawledOnce(SourceDefinition source) {
        start(false, source);
        assertThat(aggregator.crawlNow(kern.id()).inserted()).isEqualTo(3);
        storedBefore = storedByTitle(kern);
        seqBefore = aggregator.store().lastSeq();
        statusBefore = status(kern);
        etagBefore = db.queryString("SELECT etag FROM source WHERE id = ?", kern.id());
    }

    /** Crawls the source and checks that it failed without changing any stored activity. */
    private CrawlOutcome failingCrawl() {
        CrawlOutcome outcome = aggregator.crawlNow(kern.id());
        assertThat(outcome.success()).as(outcome.toString()).isFalse();
        assertThat(outcome.changedActivities()).isFalse();
        assertThat(storedByTitle(kern)).isEqualTo(storedBefore);
        assertThat(aggregator.store().lastSeq()).isEqualTo(seqBefore);
        SourceStatus status = status(kern);
        assertThat(status.lastError()).isEqualTo(outcome.error());
        assertThat(status.lastSuccessAt()).isEqualTo(statusBefore.lastSuccessAt());
        assertThat(status.lastAttemptAt()).isAfter(statusBefore.lastAttemptAt());
        assertThat(status.itemCount()).isEqualTo(3);
        Duration backoff = Duration.ofMinutes(status.consecutiveFailures() == 1 ? 1 : 2);
        assertThat(status.nextDueAt()).as("first retry after a minute, less up to a fifth of jitter")
                .isBetween(status.lastAttemptAt().plus(backoff.multipliedBy(4).dividedBy(5)),
                        status.lastAttemptAt().plus(backoff));
        assertThat(db.queryString("SELECT etag FROM source WHERE id = ?", kern.id())).isEqualTo(etagBefore);
        CrawlLogEntry logged = aggregator.crawlLog(kern.id(), 1).getFirst();
        assertThat(logged.outcome()).isEqualTo(CrawlLogEntry.Outcome.FAILED);
        assertThat(logged.error()).isEqualTo(outcome.error());
        return outcome;
    }

    @Test
    void anErrorStatusLeavesStoredActivitiesAloneAndCountsConsecutiveFailures() {
        crawledOnce();
        server.status(path(kern), 500);

        assertThat(failingCrawl().error()).isEqualTo("De website antwoordde met foutcode 500.");
        failingCrawl();

        assertThat(status(kern).consecutiveFailures()).isEqualTo(2);
    }

    @Test
    void aServerThatNeverAnswersLeavesStoredActivitiesAlone() {
        crawledOnce();
        server.hang(path(kern));

        assertThat(failingCrawl().error()).isEqualTo("De website antwoordde niet binnen 2 seconden.");
        assertThat(status(kern).consecutiveFailures()).isEqualTo(1);
    }

    @Test
    void aBodyThatIsNoAgendaLeavesStoredActivitiesAlone() {
        crawledOnce();
        server.serveResource(path(kern), "crawl/garbage.txt", "text/plain");

        assertThat(failingCrawl().error()).startsWith("De inhoud kon niet worden gelezen");
    }

    @Test
    void aCalendarWithoutOneReadableEventCountsAsFailedNotAsEmpty() {
        crawledOnce();
        server.serveResource(path(kern), "crawl/broken-events.ics", "text/calendar");

        assertThat(failingCrawl().error()).startsWith("Bijeen kon geen enkele activiteit uit deze bron lezen (2 waarschuwingen");
    }

    @Test
    void aBodyOverTheLimitIsAbortedAndLeavesStoredActivitiesAlone() {
        crawledOnce();
        server.serve(path(kern), "text/calendar", new byte[(int) BODY_LIMIT * 2]);

        assertThat(failingCrawl().error()).startsWith("Het bestand is groter dan de toegestane");
    }

    @Test
    void aConnectionResetBeforeAnyAnswerLeavesStoredActivitiesAloneAndSaysSoInDutch() {
        try (ResettingServer resetting = new ResettingServer()) {
            crawledOnceFrom(resetting);
            resetting.resetBeforeResponse();

            assertThat(failingCrawl().error()).isEqualTo(FailureMessages.RESET_BEFORE_ANSWER);
            assertThat(resetting.requests()).as("one good crawl, one reset, no retry").isEqualTo(2);
        }
    }

    @Test
    void aConnectionResetHalfwayThroughTheBodyLeavesStoredActivitiesAloneAndSaysSoInDutch() {
        try (ResettingServer resetting = new ResettingServer()) {
            crawledOnceFrom(resetting);
            resetting.resetMidBody("text/calendar", FixtureServer.resource("crawl/agenda-v2.ics"));

            assertThat(failingCrawl().error()).isEqualTo(FailureMessages.RESET_DURING_BODY);
            assertThat(status(kern).consecutiveFailures()).isEqualTo(1);
        }
    }

    @Test
    void aSuccessAfterFailuresClearsTheErrorAndTheCount() {
        crawledOnce();
        server.status(path(kern), 503);
        failingCrawl();
        server.serveResource(path(kern), "crawl/agenda-v2.ics", "text/calendar");

        CrawlOutcome outcome = aggregator.crawlNow(kern.id());

        assertThat(outcome.success()).isTrue();
        assertThat(outcome.changedActivities()).isTrue();
        assertThat(status(kern).lastError()).isNull();
        assertThat(status(kern).consecutiveFailures()).isZero();
    }
}
