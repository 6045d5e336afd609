package nl.bijeen.web.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.bijeen.connectors.classify.Taxonomy;
import nl.bijeen.web.index.IndexFields;

/** Turns counted facet values into {@link Facets} with the Dutch names residents read. */
final class FacetLabels {

    private static final Map<String, String> COST = Map.of("gratis", "Gratis", "betaald", "Betaald");
    private static final Map<String, String> KIND = Map.of("agenda", "Agenda", "etalage", "Etalage",
            "prikbord", "Prikbord");

    private final Map<String, String> audiences = new HashMap<>();
    private final Map<String, String> themes = new HashMap<>();
    private final QueryVocabulary vocabulary;

    FacetLabels(Taxonomy taxonomy, QueryVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        if (taxonomy != null) {
            taxonomy.audiences().forEach(e -> audiences.putIfAbsent(e.id(), e.label()));
            taxonomy.themes().forEach(e -> themes.putIfAbsent(e.id(), e.label()));
        }
    }

    Facets facets(Map<String, Map<String, Long>> counts) {
        return new Facets(
                labelled(counts.get(IndexFields.FACET_AUDIENCE), audiences),
                labelled(counts.get(IndexFields.FACET_THEME), themes),
                FacetCounts.sorted(counts.get(IndexFields.FACET_WIJK),
                        e -> new Facets.Count(e.getKey(), vocabulary.wijkName(e.getKey()), e.getValue())),
                labelled(counts.get(IndexFields.FACET_ORGANISER), Map.of()),
                FacetCounts.sorted(counts.get(IndexFields.FACET_SOURCE), e -> {
                    // "id TAB name": the facet carries the site's name so it needs no lookup.
                    String[] idAndName = e.getKey().split("\t", 2);
                    return new Facets.Count(idAndName[0], idAndName.length > 1 ? idAndName[1] : idAndName[0],
                            e.getValue());
                }),
                labelled(counts.get(IndexFields.FACET_COST), COST),
                labelled(counts.get(IndexFields.FACET_KIND), KIND));
    }

    private static List<Facets.Count> labelled(Map<String, Long> counts, Map<String, String> names) {
        return FacetCounts.sorted(counts,
                e -> new Facets.Count(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue()));
    }
}
