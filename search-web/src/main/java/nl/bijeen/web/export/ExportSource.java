package nl.bijeen.web.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.inject.Singleton;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.store.StoredActivity;
import nl.bijeen.connectors.geo.Area;
import nl.bijeen.connectors.geo.AreaMap;
import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Organiser;
import nl.bijeen.web.config.BijeenProperties;
import nl.bijeen.web.config.GeoProperties;
import nl.bijeen.web.index.ActivityDocuments;
import nl.bijeen.web.index.IndexedActivity;
import nl.bijeen.web.search.ActivitySearch;
import nl.bijeen.web.search.SearchParameters;
import nl.bijeen.web.search.SearchRequest;
import nl.bijeen.web.web.TaxonomyLabels;

/**
 * The activities an export shows: the same search as the page, then the store's details for each (the index does
 * not keep the wijk or the organiser's contact details, and exports are rare enough that one store read per
 * activity is cheap).
 */
@Singleton
public class ExportSource {

    /** An export is a list for printing or a calendar, not a database dump: the best matches up to this many. */
    public static final int MAX_ACTIVITIES = 500;
    private static final Logger LOG = LoggerFactory.getLogger(ExportSource.class);

    private final ActivitySearch search;
    private final Aggregator aggregator;
    private final TaxonomyLabels labels;
    private final AreaMap areas;

    public ExportSource(ActivitySearch search, Aggregator aggregator, TaxonomyLabels labels, GeoProperties geo,
                        BijeenProperties bijeen) {
        this.search = search;
        this.aggregator = aggregator;
        this.labels = labels;
        this.areas = loadAreas(geo, bijeen.configPath());
    }

    /** The query as exports use it: trimmed and cut off like the search page does. */
    public static String normalise(String q) {
        String query = q == null ? "" : q.strip();
        return query.length() > SearchParameters.MAX_QUERY_LENGTH
                ? query.substring(0, SearchParameters.MAX_QUERY_LENGTH) : query;
    }

    /** The activities of a search (text and filters), best match first, at most {@link #MAX_ACTIVITIES}. */
    public List<ExportedActivity> find(SearchRequest asked) {
        return search.list(asked.page(0, MAX_ACTIVITIES)).activities().stream().map(this::withDetails).toList();
    }

    /** One activity by its id, as the exports need it (the activity page's "Zet in mijn agenda"). */
    public Optional<ExportedActivity> one(long id, Instant startOfToday) {
        return aggregator.store().find(id)
                .map(stored -> ActivityDocuments.fromDocument(ActivityDocuments.toDocument(stored, startOfToday)))
                .map(this::withDetails);
    }

    /** The wijk that {@code nameOrCode} names ("Katwijk aan Zee" or "WK053700"), ignoring case. */
    public Optional<Area> wijk(String nameOrCode) {
        String wanted = nameOrCode == null ? "" : nameOrCode.strip();
        return areas.wijken().stream()
                .filter(w -> w.code().equalsIgnoreCase(wanted) || w.name().equalsIgnoreCase(wanted))
                .findFirst();
    }

    public List<Area> wijken() {
        return areas.wijken();
    }

    private ExportedActivity withDetails(IndexedActivity a) {
        Optional<ActivityDraft> draft = aggregator.store().find(a.id()).map(StoredActivity::draft);
        String wijkCode = draft.map(ActivityDraft::place).map(p -> p.wijk()).orElse(null);
        String wijk = wijkCode == null ? null : areas.nameOf(wijkCode).orElse(null);
        Organiser organiser = draft.map(ActivityDraft::organiser).orElse(null);
        String url = organiser == null ? null : SafeText.webLink(organiser.url());
        String email = organiser == null ? null : SafeText.email(organiser.email());
        return new ExportedActivity(a, SafeText.clean(wijk), url, email, labels.themes(a.themes()));
    }

    /** Without boundary files there are no wijken: the booklet then groups everything under "Wijk onbekend". */
    private static AreaMap loadAreas(GeoProperties geo, Path configDir) {
        var settings = geo.toSettings(configDir, "bijeen");
        try {
            if (settings.wijkFile() == null || !Files.isRegularFile(settings.wijkFile())) {
                return AreaMap.empty();
            }
            return AreaMap.load(settings.wijkFile(), null);
        } catch (IOException e) {
            LOG.warn("Wijk boundaries could not be read ({}); exports show no wijk names",
                    e.getMessage().toLowerCase(Locale.ROOT));
            return AreaMap.empty();
        } catch (UncheckedIOException e) {
            return AreaMap.empty();
        }
    }
}
