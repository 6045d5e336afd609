package nl.bijeen.aggregator.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.bijeen.aggregator.source.SourceDefinition;
import nl.bijeen.aggregator.source.SourceStatus;
import nl.bijeen.aggregator.store.Change;
import nl.bijeen.aggregator.store.StoredActivity;

/** Successful crawls through the real routes: what lands in the store and in the change sequence. */
abstract class CrawlOverHttpSpec extends CrawlSpec {

    @Test
    void aCrawlStoresEveryActivityOfTheFeedWithAnInsertEntryEach() {
        SourceDefinition kern = source("kern");
        server.serveResource(path(kern), "crawl/agenda-v1.ics", "text/calendar");
        start(false, kern);
        long before = aggregator.store().lastSeq();

        CrawlOutcome outcome = aggregator.crawlNow(kern.id());

        assertThat(outcome.success()).as(outcome.toString()).isTrue();
        assertThat(outcome.inserted()).isEqualTo(3);
        Map<String, StoredActivity> stored = storedByTitle(kern);
        assertThat(stored).containsOnlyKeys("Koffieochtend", "Stoelyoga", "Repair Café");
        assertThat(stored.get("Koffieochtend").draft().sourceItemId()).isEqualTo("koffieochtend@buurthuis-de-kern.nl");
        assertThat(stored.get("Koffieochtend").draft().schedule().occurrences()).hasSizeGreaterThan(40);
        List<Change> changes = aggregator.store().changesAfter(before, 100);
        assertThat(changes).extracting(Change::seq).containsExactlyElementsOf(range(before + 1, before + 3));
        assertThat(changes).extracting(Change::op).containsOnly(Change.Op.INSERT);
        assertThat(db.queryLong("SELECT COUNT(*) FROM occurrence o JOIN source_item a ON a.id = o.item_id"
                + " WHERE a.source_id = ?", kern.id())).isGreaterThan(100);

        SourceStatus status = status(kern);
        assertThat(status.itemCount()).isEqualTo(3);
        assertThat(status.lastSuccessAt()).isNotNull().isEqualTo(status.lastAttemptAt());
        assertThat(status.lastError()).isNull();
        assertThat(status.consecutiveFailures()).isZero();
        assertThat(status.nextDueAt()).isAfter(Instant.now().plus(Duration.ofMinutes(59)));
        assertThat(db.queryString("SELECT etag FROM source WHERE id = ?", kern.id())).isNotBlank();
    }

    @Test
    void aRecrawlRecordsUpdateAndInsertKeepsTheMissingItemForNowAndNothingForTheUnchangedItem() {
        SourceDefinition kern = source("kern");
        server.serveResource(path(kern), "crawl/agenda-v1.ics", "text/calendar");
        start(false, kern);
        long before = aggregator.store().lastSeq();
        aggregator.crawlNow(kern.id());
        Map<String, StoredActivity> first = storedByTitle(kern);

        server.serveResource(path(kern), "crawl/agenda-v2.ics", "text/calendar");
        CrawlOutcome outcome = aggregator.crawlNow(kern.id());

        assertThat(outcome.success()).as(outcome.toString()).isTrue();
        assertThat(List.of(outcome.inserted(), outcome.updated(), outcome.removed(), outcome.missing()))
                .containsExactly(1, 1, 0, 1);
        Map<String, StoredActivity> second = storedByTitle(kern);
        assertThat(second).as("Repair Café is missing once: kept for now")
                .containsOnlyKeys("Koffieochtend", "Stoelyoga (nieuwe tijd)", "Repair Café", "Taalcafé");
        assertThat(second.get("Koffieochtend")).as("unchanged item untouched").isEqualTo(first.get("Koffieochtend"));
        assertThat(second.get("Stoelyoga (nieuwe tijd)").id()).isEqualTo(first.get("Stoelyoga").id());

        List<Change> changes = aggregator.store().changesAfter(before + 3, 100);
        assertThat(changes).extracting(Change::seq).containsExactlyElementsOf(range(before + 4, before + 5));
        assertThat(changes).extracting(Change::op, Change::activityId).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Change.Op.UPDATE, first.get("Stoelyoga").id()),
                org.assertj.core.groups.Tuple.tuple(Change.Op.INSERT, second.get("Taalcafé").id()));
        assertThat(status(kern).itemCount()).isEqualTo(3);
    }

    @Test
    void aNotModifiedAnswerCountsAsTheSecondCrawlWithoutTheMissingItem() {
        SourceDefinition kern = source("kern");
        server.serveResource(path(kern), "crawl/agenda-v1.ics", "text/calendar");
        start(false, kern);
        aggregator.crawlNow(kern.id());
        long repairId = storedByTitle(kern).get("Repair Café").id();
        server.serveResource(path(kern), "crawl/agenda-v2.ics", "text/calendar");
        aggregator.crawlNow(kern.id());
        long before = aggregator.store().lastSeq();

        CrawlOutcome outcome = aggregator.crawlNow(kern.id());

        assertThat(outcome.notModified()).as(outcome.toString()).isTrue();
        assertThat(outcome.removed()).isEqualTo(1);
        assertThat(aggregator.store().changesAfter(before, 100)).extracting(Change::op, Change::activityId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Change.Op.REMOVE, repairId));
        assertThat(aggregator.store().find(repairId)).isEmpty();
        assertThat(storedByTitle(kern)).containsOnlyKeys("Koffieochtend", "Stoelyoga (nieuwe tijd)", "Taalcafé");
    }

    @Test
    void aNotModifiedAnswerParsesNothingAndChangesNothing() {
        SourceDefinition kern = source("kern");
        server.serveResource(path(kern), "crawl/agenda-v1.ics", "text/calendar");
        start(false, kern);
        aggregator.crawlNow(kern.id());
        long seqAfterFirst = aggregator.store().lastSeq();
        Map<String, StoredActivity> first = storedByTitle(kern);
        Instant firstSuccess = status(kern).lastSuccessAt();

        CrawlOutcome outcome = aggregator.crawlNow(kern.id());

        assertThat(outcome.success()).isTrue();
        assertThat(outcome.notModified()).isTrue();
        assertThat(outcome.changedActivities()).isFalse();
        assertThat(server.requests(path(kern)).getLast().headers().getFirst("If-None-Match")).isNotBlank();
        assertThat(aggregator.store().lastSeq()).isEqualTo(seqAfterFirst);
        assertThat(storedByTitle(kern)).isEqualTo(first);
        assertThat(status(kern).lastSuccessAt()).isAfterOrEqualTo(firstSuccess);
        assertThat(status(kern).itemCount()).isEqualTo(3);
    }

    @Test
    void anUnchangedBodyWithoutValidatorsWritesNothing() {
        SourceDefinition kern = source("kern");
        byte[] calendar = nl.bijeen.aggregator.support.FixtureServer.resource("crawl/agenda-v1.ics");
        server.on(path(kern), exchange -> nl.bijeen.aggregator.support.FixtureServer.respond(exchange, 200,
                "text/calendar", calendar));
        start(false, kern);
        aggregator.crawlNow(kern.id());
        long seq = aggregator.store().lastSeq();

        CrawlOutcome outcome = aggregator.crawlNow(kern.id());

        assertThat(outcome.success()).isTrue();
        assertThat(outcome.notModified()).isFalse();
        assertThat(outcome.changedActivities()).isFalse();
        assertThat(aggregator.store().lastSeq()).isEqualTo(seq);
    }

    @Test
    void crawlingAnUnknownSourceReportsItWithoutThrowing() {
        start(false);

        CrawlOutcome outcome = aggregator.crawlNow("bestaat-niet");

        assertThat(outcome.success()).isFalse();
        assertThat(outcome.error()).isEqualTo("Er is geen bron met id 'bestaat-niet'.");
    }

    @Test
    void aSourceThatLeavesTheListIsDisabledButKeepsItsActivities() {
        SourceDefinition kern = source("kern");
        SourceDefinition wijk = source("wijk");
        server.serveResource(path(kern), "crawl/agenda-v1.ics", "text/calendar");
        start(false, kern, wijk);
        aggregator.crawlNow(kern.id());
        aggregator.close();

        start(false, wijk);

        assertThat(status(kern).enabled()).isFalse();
        assertThat(status(wijk).enabled()).isTrue();
        assertThat(aggregator.store().findBySource(kern.id())).hasSize(3);
    }

    @Test
    void aChangedUrlIsUpdatedAndMakesTheSourceDueWithoutOldValidators() {
        SourceDefinition kern = source("kern");
        server.serveResource(path(kern), "crawl/agenda-v1.ics", "text/calendar");
        start(false, kern);
        aggregator.crawlNow(kern.id());
        aggregator.close();
        SourceDefinition moved = new SourceDefinition(kern.id(), kern.name(), server.uri("/verhuisd.ics"),
                kern.format(), kern.schedule());

        start(false, moved);

        assertThat(status(kern).url()).isEqualTo(server.uri("/verhuisd.ics"));
        assertThat(status(kern).nextDueAt()).isBeforeOrEqualTo(Instant.now());
        assertThat(db.queryString("SELECT etag FROM source WHERE id = ?", kern.id())).isNull();
    }
}
