package nl.bijeen.web.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

import nl.bijeen.connectors.classify.Taxonomy;
import nl.bijeen.web.config.BijeenProperties;
import nl.bijeen.web.coverage.CoverageMatrix.Label;
import nl.bijeen.web.export.ExportSource;

/** Both coverage matrices (wijken × themes, wijken × audiences) of a period and the period before it. */
@Singleton
class Coverage {

    static final String THEMES = "thema";
    static final String AUDIENCES = "doelgroep";
    static final Label UNKNOWN_WIJK = new Label("", "Wijk onbekend");

    private final CoverageStore store;
    private final ExportSource places;
    private final Taxonomy taxonomy;
    private final CoverageProperties settings;

    Coverage(CoverageStore store, ExportSource places, BijeenProperties bijeen, CoverageProperties settings) {
        this.store = store;
        this.places = places;
        this.taxonomy = Taxonomy.load(bijeen.configPath().resolve("taxonomy.yml"));
        this.settings = settings;
    }

    record Report(Period period, CoverageMatrix themes, CoverageMatrix audiences) {
        CoverageMatrix matrix(String dimension) {
            return AUDIENCES.equals(dimension) ? audiences : themes;
        }
    }

    Report of(Period period) {
        Period before = period.previous();
        List<CountedActivity> all = store.since(before.from());
        List<CountedActivity> now = all.stream().filter(a -> a.in(period)).toList();
        List<CountedActivity> then = all.stream().filter(a -> a.in(before)).toList();
        List<Label> wijken = wijken();
        return new Report(period,
                CoverageMatrix.count(THEMES, "Thema", wijken, labels(taxonomy.themes()), CountedActivity::themes,
                        now, then, settings.thinBelow()),
                CoverageMatrix.count(AUDIENCES, "Doelgroep", wijken, labels(taxonomy.audiences()),
                        CountedActivity::audiences, now, then, settings.thinBelow()));
    }

    /** The wijken of the area map by name, then "Wijk onbekend" for activities whose place is in none of them. */
    List<Label> wijken() {
        List<Label> wijken = new ArrayList<>(places.wijken().stream()
                .map(w -> new Label(w.code(), w.name())).sorted(Comparator.comparing(Label::name)).toList());
        wijken.add(UNKNOWN_WIJK);
        return wijken;
    }

    /** A theme or audience the map can show, by its dimension and taxonomy id. */
    Optional<Label> column(String dimension, String id) {
        List<Taxonomy.Entry> entries = AUDIENCES.equals(dimension) ? taxonomy.audiences() : taxonomy.themes();
        return entries.stream().filter(e -> e.id().equals(id)).findFirst().map(e -> new Label(e.id(), e.label()));
    }

    List<Label> themes() {
        return labels(taxonomy.themes());
    }

    List<Label> audiences() {
        return labels(taxonomy.audiences());
    }

    String wijkName(String code) {
        return wijken().stream().filter(w -> w.key().equals(code)).map(Label::name).findFirst().orElse(code);
    }

    private static List<Label> labels(List<Taxonomy.Entry> entries) {
        return entries.stream().map(e -> new Label(e.id(), e.label())).toList();
    }
}
