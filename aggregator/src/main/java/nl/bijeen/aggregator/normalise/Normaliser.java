package nl.bijeen.aggregator.normalise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import nl.bijeen.connectors.classify.Classifier;
import nl.bijeen.connectors.classify.SourceDefaults;
import nl.bijeen.connectors.classify.Taxonomy;
import nl.bijeen.connectors.geo.PlaceLocator;
import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.ParseResult;
import nl.bijeen.connectors.model.Warning;

/**
 * The step between parsing and storing: every draft gets the taxonomy's audiences and themes, a normalised cost
 * and stated wheelchair access (classification), and coordinates with its wijk and buurt (places). Both come from
 * the connectors library; this class only puts them in the pipeline's order. Deterministic for the same input and
 * cache, so an unchanged source stays unchanged in the store.
 */
public final class Normaliser {

    private final Classifier classifier;
    private final PlaceLocator places;

    private Normaliser(Classifier classifier, PlaceLocator places) {
        this.classifier = classifier;
        this.places = places;
    }

    /**
     * Loads the taxonomy and boundary files now, so a mistake in them stops the start with a clear message rather
     * than failing every crawl. Geocoder answers are remembered in the store.
     */
    public static Normaliser create(NormaliseSettings settings, DataSource dataSource, Consumer<Warning> warnings) {
        Classifier classifier = settings.taxonomyFile() == null ? null
                : new Classifier(Taxonomy.load(settings.taxonomyFile()));
        try {
            PlaceLocator places = new PlaceLocator(settings.geo().areaMap(),
                    settings.geo().geocoder(new StoreGeocodeCache(dataSource), warnings));
            return new Normaliser(classifier, places);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the wijk boundaries: " + e.getMessage(), e);
        }
    }

    /** The taxonomy activities are classified with; empty when none was configured. */
    public Optional<Taxonomy> taxonomy() {
        return Optional.ofNullable(classifier).map(Classifier::taxonomy);
    }

    public ParseResult normalise(ParseResult parsed, SourceDefaults defaults) {
        List<ActivityDraft> normalised = new ArrayList<>(parsed.activities().size());
        for (ActivityDraft draft : parsed.activities()) {
            normalised.add(places.locate(classify(draft, defaults)));
        }
        return new ParseResult(normalised, parsed.warnings(), parsed.publisher());
    }

    private ActivityDraft classify(ActivityDraft draft, SourceDefaults defaults) {
        return classifier == null ? draft : classifier.apply(draft, classifier.classify(draft, defaults));
    }
}
