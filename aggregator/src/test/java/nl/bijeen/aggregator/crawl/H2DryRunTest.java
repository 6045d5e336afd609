package nl.bijeen.aggregator.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import nl.bijeen.aggregator.source.SourceDefinition;
import nl.bijeen.aggregator.support.H2TestDatabase;
import nl.bijeen.aggregator.support.TestDatabase;
import nl.bijeen.connectors.model.ActivityDraft;

/** A dry run reads a source through the real fetcher and connectors, and leaves the store exactly as it was. */
class H2DryRunTest extends CrawlSpec {

    @Override
    protected TestDatabase openDatabase() {
        return new H2TestDatabase();
    }

    @Test
    void aDryRunUnderstandsTheFeedAndWritesNothing() {
        SourceDefinition kern = source("kern");
        server.serveResource(path(kern), "crawl/agenda-v1.ics", "text/calendar");
        start(false);
        long seqBefore = aggregator.store().lastSeq();

        DryRunResult result = aggregator.dryRun(kern);

        assertThat(result.error()).isNull();
        assertThat(result.fetched()).isEqualTo(kern.url());
        assertThat(result.format()).isEqualTo("auto");
        assertThat(result.activities()).extracting(ActivityDraft::title)
                .containsExactlyInAnyOrder("Koffieochtend", "Stoelyoga", "Repair Café");
        assertThat(aggregator.store().lastSeq()).isEqualTo(seqBefore);
        for (String table : new String[] {"source", "source_item", "activity", "crawl_log", "occurrence"}) {
            assertThat(db.queryLong("SELECT COUNT(*) FROM " + table)).as(table).isZero();
        }
    }

    @Test
    void aDryRunOfAPageThatIsNotThereSaysSoInDutch() {
        SourceDefinition gone = source("weg");
        server.status(path(gone), 404);
        start(false);

        DryRunResult result = aggregator.dryRun(gone);

        assertThat(result.error()).isEqualTo("De website antwoordde met foutcode 404.");
        assertThat(result.activities()).isEmpty();
        assertThat(db.queryLong("SELECT COUNT(*) FROM crawl_log")).isZero();
    }

    @Test
    void aDryRunOfADocumentWithoutActivitiesExplainsWhy() {
        SourceDefinition garbage = source("rommel");
        server.serveResource(path(garbage), "crawl/garbage.txt", "text/plain");
        start(false);

        DryRunResult result = aggregator.dryRun(garbage);

        assertThat(result.error()).isNotBlank();
        assertThat(result.activities()).isEmpty();
    }

    @Test
    void aDryRunRespectsRobotsTxt() {
        SourceDefinition source = source("robots");
        server.serve("/robots.txt", "text/plain",
                ("User-agent: *\nDisallow: " + path(source) + "\n").getBytes(StandardCharsets.UTF_8));
        server.serveResource(path(source), "crawl/agenda-v1.ics", "text/calendar");
        try {
            start(false);

            DryRunResult result = aggregator.dryRun(source);

            assertThat(result.error()).startsWith("De website vraagt in haar robots.txt om " + path(source));
            assertThat(server.requests(path(source))).isEmpty();
        } finally {
            server.status("/robots.txt", 404);
        }
    }

    @Test
    void aDryRunRefusesTheInternalNetwork() {
        start(false);
        SourceDefinition metadata = new SourceDefinition("meta", "meta",
                URI.create("http://169.254.169.254/latest/meta-data/"), "auto", Duration.ofHours(1));

        DryRunResult result = aggregator.dryRun(metadata);

        assertThat(result.error()).startsWith("Bijeen haalt geen adressen op het interne netwerk op (169.254.169.254");
        assertThat(result.activities()).isEmpty();
    }
}
