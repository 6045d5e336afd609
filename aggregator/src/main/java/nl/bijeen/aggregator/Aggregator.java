package nl.bijeen.aggregator;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.bijeen.aggregator.crawl.CrawlContext;
import nl.bijeen.aggregator.crawl.CrawlNotices;
import nl.bijeen.aggregator.crawl.CrawlOutcome;
import nl.bijeen.aggregator.crawl.DryRun;
import nl.bijeen.aggregator.crawl.DryRunResult;
import nl.bijeen.aggregator.crawl.FailureMessages;
import nl.bijeen.aggregator.dedupe.DedupeSettings;
import nl.bijeen.aggregator.normalise.NormaliseSettings;
import nl.bijeen.aggregator.organisation.RecognitionSettings;
import nl.bijeen.aggregator.normalise.Normaliser;
import nl.bijeen.aggregator.owner.OwnerSources;
import nl.bijeen.aggregator.source.RecipeEdits;
import nl.bijeen.aggregator.source.SourceDefaultIds;
import nl.bijeen.aggregator.source.SourceDefinition;
import nl.bijeen.aggregator.source.SourceRegistry;
import nl.bijeen.aggregator.source.SourceRepository;
import nl.bijeen.aggregator.source.SourceStatus;
import nl.bijeen.aggregator.store.ActivityStore;
import nl.bijeen.aggregator.store.CrawlLog;
import nl.bijeen.aggregator.store.CrawlLogEntry;
import nl.bijeen.aggregator.store.DedupeDecisions;
import nl.bijeen.aggregator.store.DedupeResult;
import nl.bijeen.aggregator.store.Reclustering;
import nl.bijeen.aggregator.store.Sql;
import nl.bijeen.aggregator.store.StoreMigrations;
import nl.bijeen.aggregator.store.Transactions;
import nl.bijeen.connectors.html.recipe.RecipeBook;
import nl.bijeen.connectors.spi.Connectors;

/**
 * The one facade the web module talks to: migrates the store, registers the sources and runs the Camel context
 * that crawls them. With {@link AggregatorSettings#crawlEnabled()} false the scheduler does not run, but
 * {@link #crawlNow} still works (same routes), so a web-only process or a test can drive crawls itself.
 */
public final class Aggregator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Aggregator.class);

    private final DataSource dataSource;
    private final ActivityStore store;
    private final SourceRepository sources;
    private final CamelContext camel;
    private final ProducerTemplate template;
    private final MeterRegistry meters;
    private final DedupeDecisions dedupe;
    private final OwnerSources owners;

    private Aggregator(DataSource dataSource, CamelContext camel, MeterRegistry meters, DedupeSettings dedupe) {
        this.meters = meters;
        this.dedupe = new DedupeDecisions(dataSource, dedupe);
        this.owners = new OwnerSources(dataSource, dedupe);
        this.dataSource = dataSource;
        this.store = new ActivityStore(dataSource);
        this.sources = new SourceRepository(dataSource);
        this.camel = camel;
        this.template = camel.createProducerTemplate();
    }

    /** {@link #start(AggregatorSettings, NormaliseSettings, DataSource, List)} without classification or places. */
    public static Aggregator start(AggregatorSettings settings, DataSource dataSource, List<SourceDefinition> sources) {
        return start(settings, NormaliseSettings.none(), dataSource, sources);
    }

    /**
     * Migrates the schema (Flyway), upserts {@code sources} into the store and starts the crawl routes, which
     * normalise every crawl with {@code normalise} (taxonomy and boundary files are read now: a mistake in them
     * stops the start, and so does a source's default audience or theme that the taxonomy lacks).
     */
    public static Aggregator start(AggregatorSettings settings, NormaliseSettings normalise, DataSource dataSource,
                                   List<SourceDefinition> sources) {
        return start(settings, normalise, dataSource, sources, new SimpleMeterRegistry());
    }

    /** As above, with the crawl metrics (fetches by outcome, items new/updated/gone, durations) in {@code meters}. */
    public static Aggregator start(AggregatorSettings settings, NormaliseSettings normalise, DataSource dataSource,
                                   List<SourceDefinition> sources, MeterRegistry meters) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(meters, "meters");
        StoreMigrations.migrate(dataSource);
        Normaliser normaliser = Normaliser.create(normalise, dataSource,
                warning -> LOG.warn("geocoding: {}", warning.message()));
        // before the sources are stored: a default id the taxonomy lacks is a typo to fix, not a setting to keep
        normaliser.taxonomy().ifPresent(taxonomy -> SourceDefaultIds.check(sources, taxonomy));
        new SourceRegistry(dataSource).sync(sources, Instant.now());
        int edited = new RecipeEdits(dataSource).forgetValidatorsOfEditedRecipes(settings.recipesDir(), Instant.now());
        if (edited > 0) {
            LOG.info("{} source(s) will be read whole: their recipe is new or was edited", edited);
        }
        regroupIfSettingsChanged(settings.dedupe(), dataSource);
        CamelContext camel;
        try {
            camel = CrawlContext.create(settings, dataSource, Connectors.standard(new RecipeBook(settings.recipesDir())),
                    normaliser, recognition(normalise), meters);
        } catch (Exception e) {
            throw new IllegalStateException("the crawl routes could not be built: " + e.getMessage(), e);
        }
        camel.start();
        return new Aggregator(dataSource, camel, meters, settings.dedupe());
    }

    /**
     * Organisations are recognised with the operator's organisations.yml, which lives beside the taxonomy; without
     * a taxonomy (tests of other parts) the built-in defaults serve.
     */
    static RecognitionSettings recognition(NormaliseSettings normalise) {
        return normalise.taxonomyFile() == null || normalise.taxonomyFile().getParent() == null
                ? RecognitionSettings.defaults()
                : RecognitionSettings.fromConfigDir(normalise.taxonomyFile().getParent());
    }

    /** A full deduplication pass when the dedupe settings changed since the last one (or none ran yet). */
    private static void regroupIfSettingsChanged(DedupeSettings dedupe, DataSource dataSource) {
        DedupeResult result = Transactions.inTransaction(dataSource, "regrouping the activities",
                connection -> new Reclustering(dedupe).fullPassIfDue(connection, Sql.storable(Instant.now())));
        if (result != null && result.inserted() + result.updated() + result.removed() > 0) {
            LOG.info("Activities regrouped for new dedupe settings: {} new, {} changed, {} merged away",
                    result.inserted(), result.updated(), result.removed());
        }
    }

    /**
     * Crawls one source now ("re-check now"), through the same route as the scheduler, and waits for the outcome.
     * Never throws for a failing source: the outcome says what went wrong (and the failure is recorded on the
     * source). Parked and paused sources are crawled too; the outcome's notice says what that means for them:
     * a parked source that is read successfully is unparked (it works again), one that fails stays parked; a
     * paused source stays paused (only sources.yml changes that).
     */
    public CrawlOutcome crawlNow(String sourceId) {
        SourceStatus before = sources.status(sourceId).orElse(null);
        CrawlOutcome outcome;
        try {
            outcome = template.requestBody(CrawlContext.CRAWL_SOURCE, sourceId, CrawlOutcome.class);
        } catch (CamelExecutionException e) {
            outcome = new CrawlOutcome(sourceId, false, false, 0, 0, 0, List.of(),
                    FailureMessages.describe(e.getCause()));
        }
        String notice = before == null ? null : CrawlNotices.onRequest(before, outcome);
        return notice == null ? outcome : outcome.withNotice(notice);
    }

    /**
     * Makes a source due now, so that a crawler node (this one or another on the same database) takes it at its next
     * round: "crawl now" in a process that does not crawl itself (role web). False when there is no such source.
     * Parked and paused sources are not crawled by the scheduler, so this does not crawl them either.
     */
    public boolean makeDue(String sourceId) {
        return sources.makeDue(sourceId, Sql.storable(Instant.now()));
    }

    /** Reads {@code source} now as a crawl would, storing nothing (see {@link DryRun}); needs no source row. */
    public DryRunResult dryRun(SourceDefinition source) {
        return dryRuns().run(source);
    }

    /** Autodiscovery and ownership checks through the same guarded fetcher, storing nothing. */
    public DryRun dryRuns() {
        return camel.getRegistry().lookupByNameAndType(DryRun.BEAN, DryRun.class);
    }

    /** Sources registered by site owners: pending, approved, paused, removed (see {@link OwnerSources}). */
    public OwnerSources owners() {
        return owners;
    }

    /** Every registered source with its crawl state, ordered by id. */
    public List<SourceStatus> sources() {
        return sources.statuses();
    }

    /** The newest {@code limit} crawl attempts of one source, newest first (kept for 30 days by default). */
    public List<CrawlLogEntry> crawlLog(String sourceId, int limit) {
        return Transactions.read(dataSource, "reading the crawl log of " + sourceId,
                connection -> CrawlLog.recent(connection, sourceId, limit));
    }

    /** Where the crawl metrics are counted (a private SimpleMeterRegistry unless one was passed to start). */
    public MeterRegistry meters() {
        return meters;
    }

    /**
     * Takes a parked source (one that failed too often in a row) back into the schedule, due now; for an admin or
     * the source's owner. False when the source was not parked.
     */
    public boolean reEnable(String sourceId) {
        return sources.unpark(sourceId, Sql.storable(Instant.now()));
    }

    /** Admin decisions on deduplication (merge, never merge, split), respected by every later crawl. */
    public DedupeDecisions dedupe() {
        return dedupe;
    }

    public ActivityStore store() {
        return store;
    }

    /** Stops the routes (crawls in flight get a few seconds to finish); the DataSource stays the caller's. */
    @Override
    public void close() {
        try {
            template.stop();
        } finally {
            camel.stop();
        }
    }
}
