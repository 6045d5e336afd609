package nl.bijeen.web.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import nl.bijeen.connectors.classify.Taxonomy;
import nl.bijeen.web.config.BijeenProperties;

/**
 * The Dutch names visitors read for the taxonomy ids the store and index keep ("taal-en-leren" → "Taal en leren").
 * An id the taxonomy does not know (a label a source published before classification) is shown as it is.
 */
@Singleton
public final class TaxonomyLabels {

    private final Map<String, String> audiences;
    private final Map<String, String> themes;
    private final List<Taxonomy.Entry> themeEntries;

    @Inject
    public TaxonomyLabels(BijeenProperties bijeen) {
        this(Taxonomy.load(bijeen.configPath().resolve("taxonomy.yml")));
    }

    public TaxonomyLabels(Taxonomy taxonomy) {
        this.audiences = byId(taxonomy.audiences());
        this.themes = byId(taxonomy.themes());
        this.themeEntries = List.copyOf(taxonomy.themes());
    }

    /** Every theme in the taxonomy's order: the home page shows one large pictogram per theme. */
    public List<Taxonomy.Entry> allThemes() {
        return themeEntries;
    }

    public String theme(String id) {
        return themes.getOrDefault(id, id);
    }

    public List<String> audiences(List<String> ids) {
        return ids.stream().map(id -> audiences.getOrDefault(id, id)).toList();
    }

    public List<String> themes(List<String> ids) {
        return ids.stream().map(id -> themes.getOrDefault(id, id)).toList();
    }

    private static Map<String, String> byId(List<Taxonomy.Entry> entries) {
        return entries.stream().collect(Collectors.toMap(Taxonomy.Entry::id, Taxonomy.Entry::label, (a, b) -> a));
    }
}
