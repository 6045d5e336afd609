package nl.bijeen.web.web;

import static nl.bijeen.web.search.SearchParameters.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.bijeen.web.search.Facets;
import nl.bijeen.web.search.SearchLink;
import nl.bijeen.web.search.SearchRequest;
import nl.bijeen.web.search.SearchResult;

/**
 * Everything a search narrows on, as removable chips: what was read from the typed words ("Rijnsburg", "dit
 * weekend") and what was ticked in the filter form ("Onderwerp: Bewegen"). Each chip links to the same search
 * without it, so a visitor always sees why the list is short and can undo it in one step.
 */
final class SearchChips {

    private static final Map<String, String> PERIOD_LABELS = Map.of("today", "Vandaag", "this-week", "Deze week",
            "this-weekend", "Dit weekend");

    private SearchChips() {
    }

    /** @param here turns a search into the link of this page showing it (view kept, first page) */
    static List<FilterChip> of(SearchResult result, SearchRequest asked, Function<SearchLink, String> here) {
        SearchLink link = SearchLink.of(asked);
        List<FilterChip> chips = new ArrayList<>();
        result.filters().forEach(f -> chips.add(new FilterChip(f.label(), here.apply(link.set(Q, f.queryWithout())))));
        Facets facets = result.facets();
        ticked(chips, link, AUDIENCE, "Voor", facets.audience(), here);
        ticked(chips, link, THEME, "Onderwerp", facets.theme(), here);
        ticked(chips, link, WIJK, "Wijk", facets.wijk(), here);
        ticked(chips, link, KIND, "Soort", facets.kind(), here);
        ticked(chips, link, ORGANISER, "Organisator", facets.organiser(), here);
        ticked(chips, link, SOURCE, "Website", facets.source(), here);
        ticked(chips, link, COST, "Kosten", facets.cost(), here);
        date(chips, asked.date(), link, here);
        near(chips, asked.near(), link, here);
        return chips;
    }

    private static void ticked(List<FilterChip> chips, SearchLink link, String parameter, String name,
                               List<Facets.Count> counts, Function<SearchLink, String> here) {
        for (String value : link.values(parameter)) {
            String label = counts.stream().filter(c -> c.value().equals(value)).map(Facets.Count::label)
                    .findFirst().orElse(value);
            chips.add(new FilterChip(name + ": " + label, here.apply(link.without(parameter, value))));
        }
    }

    private static void date(List<FilterChip> chips, SearchRequest.DateFilter date, SearchLink link,
                             Function<SearchLink, String> here) {
        if (date == null) {
            return;
        }
        String label;
        if (date.period() == SearchRequest.Period.RANGE) {
            if (date.from() == null && date.to() == null) {
                return;
            }
            label = (date.from() == null ? "" : "Vanaf " + DutchDates.date(date.from()))
                    + (date.from() != null && date.to() != null ? " t/m " : date.to() == null ? "" : "Tot en met ")
                    + (date.to() == null ? "" : DutchDates.date(date.to()));
        } else {
            label = PERIOD_LABELS.get(link.values(DATE).getFirst());
        }
        chips.add(new FilterChip(label, here.apply(link.withoutAll(DATE, FROM, TO))));
    }

    private static void near(List<FilterChip> chips, SearchRequest.Near near, SearchLink link,
                             Function<SearchLink, String> here) {
        if (near == null) {
            return;
        }
        String km = link.values(RADIUS).getFirst();
        String where = near.postcode() != null ? near.postcode().strip().toUpperCase(java.util.Locale.ROOT)
                : "uw locatie";
        SearchLink without = link.withoutAll(POSTCODE, LAT, LON, RADIUS);
        if (asksDistance(link)) {
            without = without.withoutAll(SORT);
        }
        chips.add(new FilterChip("Binnen " + km + " km van " + where, here.apply(without)));
    }

    private static boolean asksDistance(SearchLink link) {
        return link.has(SORT, "distance");
    }
}
