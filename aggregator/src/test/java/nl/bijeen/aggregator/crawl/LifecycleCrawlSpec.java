package nl.bijeen.aggregator.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

import nl.bijeen.aggregator.source.SourceDefinition;
import nl.bijeen.aggregator.support.FixtureServer;
import nl.bijeen.aggregator.store.Change;
import nl.bijeen.aggregator.store.CrawlLogEntry;
import nl.bijeen.aggregator.store.CrawlLogEntry.Outcome;

/**
 * Item lifecycle over real HTTP: a feed that suddenly shrinks is held back until it does so twice in a row, and
 * every crawl attempt leaves one crawl-log row with its outcome and counts.
 */
abstract class LifecycleCrawlSpec extends CrawlSpec {

    static final String HELD_BACK =
            "De bron gaf ineens 0 van de 40 activiteiten; Bijeen bewaart de oude tot dit twee keer achter elkaar zo is.";

    /** A calendar with {@code count} one-off activities in 2030, one a day from 1 March. */
    static byte[] calendar(int count) {
        StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bijeen test//NL\r\n");
        for (int i = 1; i <= count; i++) {
            String day = String.format("203003%02d", (i - 1) % 28 + 1);
            ics.append("BEGIN:VEVENT\r\nUID:activiteit-").append(i).append("@wijk.example\r\n")
                    .append("DTSTAMP:20260101T090000Z\r\n")
                    .append("DTSTART;TZID=Europe/Amsterdam:").append(day).append("T1").append(i % 10).append("0000\r\n")
                    .append("SUMMARY:Activiteit ").append(i).append("\r\n")
                    .append("LOCATION:Buurthuis De Kern\\, Zeeweg 12\\, Katwijk\r\nEND:VEVENT\r\n");
        }
        return ics.append("END:VCALENDAR\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aFeedThatSuddenlyGivesNoneOfItsFortyItemsChangesNothingTheFirstTimeAndIsAcceptedTheSecondTime() {
        SourceDefinition wijk = source("wijk");
        server.serve(path(wijk), "text/calendar", calendar(40));
        start(false, wijk);
        assertThat(aggregator.crawlNow(wijk.id()).inserted()).isEqualTo(40);
        long seq = aggregator.store().lastSeq();
        server.serve(path(wijk), "text/calendar", calendar(0));

        CrawlOutcome first = aggregator.crawlNow(wijk.id());

        assertThat(first.suspicious()).as(first.toString()).isTrue();
        assertThat(first.success()).isFalse();
        assertThat(first.error()).isEqualTo(HELD_BACK);
        assertThat(aggregator.store().lastSeq()).isEqualTo(seq);
        assertThat(aggregator.store().findBySource(wijk.id())).hasSize(40);
        assertThat(status(wijk).lastError()).isEqualTo(HELD_BACK);
        assertThat(status(wijk).itemCount()).isEqualTo(40);
        CrawlLogEntry logged = aggregator.crawlLog(wijk.id(), 1).getFirst();
        assertThat(List.of(logged.outcome(), logged.itemsFound(), logged.removed(), logged.missing()))
                .containsExactly(Outcome.SUSPICIOUS, 0, 0, 0);
        assertThat(logged.error()).isEqualTo(HELD_BACK);

        CrawlOutcome second = aggregator.crawlNow(wijk.id());

        assertThat(second.success()).as(second.toString()).isTrue();
        assertThat(second.notModified()).as("a held-back crawl kept no validators: fetched whole again").isFalse();
        assertThat(second.removed()).isEqualTo(40);
        assertThat(aggregator.store().findBySource(wijk.id())).isEmpty();
        assertThat(aggregator.store().history(wijk.id())).hasSize(40);
        assertThat(aggregator.store().changesAfter(seq, 100)).hasSize(40)
                .allMatch(change -> change.op() == Change.Op.REMOVE);
        assertThat(status(wijk).lastError()).isNull();
    }

    @Test
    void aFeedThatShrinksALittleIsNotSuspicious() {
        SourceDefinition wijk = source("wijk");
        server.serve(path(wijk), "text/calendar", calendar(40));
        start(false, wijk);
        aggregator.crawlNow(wijk.id());
        server.serve(path(wijk), "text/calendar", calendar(8));

        CrawlOutcome outcome = aggregator.crawlNow(wijk.id());

        assertThat(outcome.success()).as(outcome.toString()).isTrue();
        assertThat(List.of(outcome.inserted(), outcome.updated(), outcome.removed(), outcome.missing()))
                .containsExactly(0, 0, 0, 32);
    }

    @Test
    void everyCrawlAttemptLeavesOneCrawlLogRowWithItsOutcomeAndCounts() {
        SourceDefinition kern = source("kern");
        server.serveResource(path(kern), "crawl/agenda-v1.ics", "text/calendar");
        start(false, kern);
        aggregator.crawlNow(kern.id());
        aggregator.crawlNow(kern.id());
        server.serveResource(path(kern), "crawl/agenda-v2.ics", "text/calendar");
        aggregator.crawlNow(kern.id());
        server.status(path(kern), 500);
        aggregator.crawlNow(kern.id());

        List<CrawlLogEntry> log = aggregator.crawlLog(kern.id(), 10);

        assertThat(log).extracting(CrawlLogEntry::outcome, CrawlLogEntry::httpStatus, CrawlLogEntry::itemsFound,
                        CrawlLogEntry::inserted, CrawlLogEntry::updated, CrawlLogEntry::removed,
                        CrawlLogEntry::missing, CrawlLogEntry::error)
                .containsExactly(
                        tuple(Outcome.FAILED, null, null, 0, 0, 0, 0, "De website antwoordde met foutcode 500."),
                        tuple(Outcome.OK, 200, 3, 1, 1, 0, 1, null),
                        tuple(Outcome.NOT_MODIFIED, 304, null, 0, 0, 0, 0, null),
                        tuple(Outcome.OK, 200, 3, 3, 0, 0, 0, null));
        assertThat(log).allMatch(entry -> entry.sourceId().equals(kern.id()) && entry.durationMs() >= 0);
        assertThat(aggregator.crawlLog(kern.id(), 2)).hasSize(2);
    }

    @Test
    void crawlMetricsCountFetchesByOutcomeAndItemsByChange() {
        SourceDefinition kern = source("kern");
        server.serveResource(path(kern), "crawl/agenda-v1.ics", "text/calendar");
        start(false, kern);
        aggregator.crawlNow(kern.id());
        aggregator.crawlNow(kern.id());
        server.serveResource(path(kern), "crawl/agenda-v2.ics", "text/calendar");
        aggregator.crawlNow(kern.id());
        server.status(path(kern), 500);
        aggregator.crawlNow(kern.id());

        MeterRegistry meters = aggregator.meters();
        assertThat(List.of("ok", "not-modified", "failed", "suspicious"))
                .extracting(outcome -> meters.find(CrawlMetrics.FETCHES).tag("outcome", outcome).counter())
                .extracting(counter -> counter == null ? 0.0 : counter.count())
                .containsExactly(2.0, 1.0, 1.0, 0.0);
        assertThat(List.of("new", "updated", "gone"))
                .extracting(change -> meters.get(CrawlMetrics.ITEMS).tag("change", change).counter().count())
                .containsExactly(4.0, 1.0, 0.0);
        assertThat(meters.get(CrawlMetrics.DURATION).tag("outcome", "ok").timer().count()).isEqualTo(2);
    }

    @Test
    void fetchMetricsTimeEveryHttpFetchByResultAndMeasureTheDocumentsReceived() {
        SourceDefinition kern = source("kern");
        server.serveResource(path(kern), "crawl/agenda-v1.ics", "text/calendar");
        start(false, kern);
        aggregator.crawlNow(kern.id());
        aggregator.crawlNow(kern.id());
        server.status(path(kern), 500);
        aggregator.crawlNow(kern.id());

        MeterRegistry meters = aggregator.meters();
        assertThat(List.of("fetched", "not-modified", "failed"))
                .extracting(result -> meters.get(CrawlMetrics.FETCH_DURATION).tag("result", result).timer().count())
                .containsExactly(1L, 1L, 1L);
        DistributionSummary bytes = meters.get(CrawlMetrics.FETCH_BYTES).summary();
        assertThat(bytes.count()).isEqualTo(1);
        assertThat(bytes.totalAmount()).isEqualTo(FixtureServer.resource("crawl/agenda-v1.ics").length);
    }
}
