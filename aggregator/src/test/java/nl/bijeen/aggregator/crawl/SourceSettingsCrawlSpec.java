package nl.bijeen.aggregator.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.normalise.NormaliseSettings;
import nl.bijeen.aggregator.source.SourceDefinition;
import nl.bijeen.aggregator.source.SourcesFileException;
import nl.bijeen.aggregator.store.StoredActivity;
import nl.bijeen.aggregator.support.Eventually;
import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Place;

/** A source's settings from sources.yml at work in a crawl: default audiences, themes and wijk; paused. */
abstract class SourceSettingsCrawlSpec extends CrawlSpec {

    private static final String WIJK = "WK053701";
    private static final Path CONFIG = Path.of(System.getProperty("bijeen.config.dir", "../config"));

    /** With the shipped taxonomy and boundaries (geocoding off), so that classifying and locating really run. */
    @Override
    protected Aggregator start(boolean crawlEnabled, SourceDefinition... sources) {
        aggregator = Aggregator.start(settings(crawlEnabled, requestTimeout()), NormaliseSettings.fromConfigDir(CONFIG),
                db.dataSource(), List.of(sources));
        return aggregator;
    }

    private SourceDefinition withSettings(String name, List<String> audiences, List<String> themes, String wijk,
                                          boolean paused) {
        SourceDefinition plain = source(name);
        return new SourceDefinition(plain.id(), plain.name(), plain.url(), plain.format(), plain.schedule(), null,
                audiences, themes, wijk, 0, null, paused);
    }

    @Test
    void aDefaultAudienceOrThemeTheTaxonomyLacksStopsTheStartNamingSourceKeyAndAllowedIds() {
        SourceDefinition bond = withSettings("ouderenbond", List.of("senioren", "bejaarden"), List.of("sport"), null,
                false);

        assertThatThrownBy(() -> start(false, bond))
                .isInstanceOf(SourcesFileException.class)
                .satisfies(e -> assertThat(((SourcesFileException) e).problems()).containsExactly(
                        "source '" + bond.id() + "': audiences 'bejaarden' is not in taxonomy.yml; allowed are:"
                                + " senioren, jongeren, kinderen, gezinnen, mantelzorgers, vrijwilligers, nieuwkomers,"
                                + " beperking, iedereen",
                        "source '" + bond.id() + "': themes 'sport' is not in taxonomy.yml; allowed are: ontmoeten,"
                                + " bewegen, eenzaamheid, lotgenotencontact, opvoeden, eten-en-koken, taal-en-leren,"
                                + " geldzaken, gezondheid, cultuur, natuur-en-tuinieren, vrijwilligerswerk, veiligheid,"
                                + " digitale-vaardigheden, repareren-en-duurzaamheid"));
        assertThat(db.queryLong("SELECT COUNT(*) FROM source WHERE id = ?", bond.id()))
                .as("a source with a typo is not stored").isZero();
    }

    @Test
    void activitiesWhoseTextNamesNoAudienceGetTheSourcesDefaultAudiences() {
        SourceDefinition bond = withSettings("ouderenbond", List.of("senioren"), List.of(), null, false);
        server.serveResource(path(bond), "crawl/agenda-v1.ics", "text/calendar");
        start(false, bond);

        CrawlOutcome outcome = aggregator.crawlNow(bond.id());

        assertThat(outcome.success()).as(outcome.toString()).isTrue();
        Map<String, StoredActivity> stored = storedByTitle(bond);
        assertThat(audiences(stored, "Koffieochtend")).containsExactly("senioren");
        assertThat(audiences(stored, "Repair Café")).containsExactly("senioren");
        assertThat(audiences(stored, "Stoelyoga")).as("its text says 'voor iedereen'").containsExactly("iedereen");
    }

    @Test
    void withoutDefaultsTheSameActivitiesCarryOnlyWhatTheirTextSays() {
        SourceDefinition kern = source("kern");
        server.serveResource(path(kern), "crawl/agenda-v1.ics", "text/calendar");
        start(false, kern);

        aggregator.crawlNow(kern.id());

        Map<String, StoredActivity> stored = storedByTitle(kern);
        assertThat(audiences(stored, "Koffieochtend")).isEmpty();
        assertThat(audiences(stored, "Stoelyoga")).containsExactly("iedereen");
    }

    @Test
    void activitiesWhosePlaceHasNoWijkGetTheSourcesDefaultWijk() {
        SourceDefinition kern = withSettings("kern", List.of(), List.of(), WIJK, false);
        server.serveResource(path(kern), "crawl/agenda-v1.ics", "text/calendar");
        start(false, kern);

        aggregator.crawlNow(kern.id());

        Map<String, StoredActivity> stored = storedByTitle(kern);
        assertThat(stored.values()).extracting(a -> a.draft().place())
                .extracting(Place::name, Place::wijk)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("Buurthuis De Kern", WIJK));
    }

    @Test
    void aPausedSourceIsSkippedByTheSchedulerButCrawledOnRequest() {
        SourceDefinition paused = withSettings("gepauzeerd", List.of(), List.of(), null, true);
        SourceDefinition running = source("kern");
        server.serveResource(path(paused), "crawl/agenda-v1.ics", "text/calendar");
        server.serveResource(path(running), "crawl/agenda-v1.ics", "text/calendar");
        start(true, paused, running);

        Eventually.waitUntil("the scheduler crawled the running source", Duration.ofSeconds(20),
                () -> status(running).lastSuccessAt() != null);
        // the scheduler claims all due sources in one batch, so the paused one would have been claimed by now
        assertThat(server.requests(path(paused))).isEmpty();
        assertThat(status(paused).lastAttemptAt()).isNull();
        assertThat(status(paused).paused()).isTrue();

        CrawlOutcome outcome = aggregator.crawlNow(paused.id());

        assertThat(outcome.success()).as(outcome.toString()).isTrue();
        assertThat(storedByTitle(paused)).hasSize(3);
        assertThat(outcome.notice()).isEqualTo(CrawlNotices.PAUSED);
        assertThat(status(paused).paused()).as("only sources.yml un-pauses").isTrue();
    }

    private static List<String> audiences(Map<String, StoredActivity> stored, String title) {
        ActivityDraft draft = stored.get(title).draft();
        return draft.audiences();
    }
}
