package nl.bijeen.web.coverage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;

import nl.bijeen.web.config.BijeenProperties;
import nl.bijeen.web.role.Role;
import nl.bijeen.web.search.QueryFilter;
import nl.bijeen.web.search.SearchRequest;
import nl.bijeen.web.search.SearchResult;
import nl.bijeen.web.search.SearchResult.Relaxation;

/**
 * Notes the searches of residents that found nothing or almost nothing (the results page and the API), as counts
 * per day, wijk, theme and audience the search understood: the filters chosen and those read from the words. Never
 * the words themselves, nor anything about who searched.
 *
 * <p>A search must never wait for or fail on this: the counting happens on one background thread, a full queue
 * drops the note (and logs it), and every failure is logged and swallowed. The search pages call the static
 * {@link #record} (one line in each), so they need no new constructor argument; the running application's
 * instance registers itself at start ({@link Context}: created eagerly). Not on a crawler node: it serves no
 * searches, and this bean's helpers would open the search index.
 */
@Context
@Requires(property = Role.PROPERTY, notEquals = "crawler")
public class SearchDemand {

    private static final Logger LOG = LoggerFactory.getLogger(SearchDemand.class);
    /** A search with many values per filter is rare; the bound keeps one search to a few rows. */
    private static final int MAX_VALUES = 3;
    private static volatile SearchDemand running;

    private final DemandStore store;
    private final KnownValues known;
    private final CoverageProperties settings;
    private final Clock clock;
    private final ZoneId zone;
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1_000), SearchDemand::thread, (r, pool) ->
            LOG.warn("Unmet search demand not counted: too many searches waiting to be counted"));

    SearchDemand(DemandStore store, KnownValues known, CoverageProperties settings, Clock clock,
                 BijeenProperties bijeen) {
        this.store = store;
        this.known = known;
        this.settings = settings;
        this.clock = clock;
        this.zone = ZoneId.of(bijeen.timeZone());
        running = this;
    }

    /** Counts {@code result} when it found (almost) nothing; returns at once and never throws. */
    public static void record(SearchRequest asked, SearchResult result) {
        SearchDemand demand = running;
        try {
            if (demand != null && asked != null && result != null) {
                demand.note(asked, result);
            }
        } catch (RuntimeException e) {
            LOG.warn("Unmet search demand not counted", e);
        }
    }

    void note(SearchRequest asked, SearchResult result) {
        if (asked.offset() > 0 || !unmet(result)) {
            return; // further pages of one search count once, on the first
        }
        LocalDate day = LocalDate.now(clock.withZone(zone));
        List<DemandStore.Key> keys = keys(asked, result);
        worker.execute(() -> {
            try {
                store.add(day, keys);
            } catch (RuntimeException e) {
                LOG.warn("Unmet search demand not stored", e);
            }
        });
    }

    /** Nothing found as asked: few results, or only after the search dropped the words or the filters. */
    private boolean unmet(SearchResult result) {
        return result.total() <= settings.unmetAtMost() || result.relaxed() == Relaxation.WORDS_OPTIONAL
                || result.relaxed() == Relaxation.WITHOUT_FILTERS;
    }

    private List<DemandStore.Key> keys(SearchRequest asked, SearchResult result) {
        List<String> wijken = known.wijken(values(asked.wijken(), result, QueryFilter.Kind.WIJK));
        List<String> themes = known.themes(values(asked.themes(), result, QueryFilter.Kind.THEME));
        List<String> audiences = known.audiences(values(asked.audiences(), result, QueryFilter.Kind.AUDIENCE));
        List<DemandStore.Key> keys = new ArrayList<>();
        for (String wijk : orNone(wijken)) {
            for (String theme : orNone(themes)) {
                for (String audience : orNone(audiences)) {
                    keys.add(new DemandStore.Key(wijk, theme, audience));
                }
            }
        }
        return keys;
    }

    private static List<String> values(List<String> explicit, SearchResult result, QueryFilter.Kind kind) {
        Set<String> all = new LinkedHashSet<>(explicit);
        result.filters().stream().filter(f -> f.kind() == kind).forEach(f -> all.addAll(f.values()));
        return all.stream().limit(MAX_VALUES).toList();
    }

    private static List<String> orNone(List<String> values) {
        return values.isEmpty() ? List.of(DemandStore.NONE) : values;
    }

    /** A daemon: counting is never a reason for the application not to stop. */
    private static Thread thread(Runnable work) {
        Thread thread = new Thread(work, "search-demand");
        thread.setDaemon(true);
        return thread;
    }

    @PreDestroy
    void stop() {
        if (running == this) {
            running = null;
        }
        worker.shutdown();
    }
}
