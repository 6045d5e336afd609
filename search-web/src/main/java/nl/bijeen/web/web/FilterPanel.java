package nl.bijeen.web.web;

import static nl.bijeen.web.search.SearchParameters.*;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.micronaut.core.annotation.Introspected;

import nl.bijeen.web.search.Facets;
import nl.bijeen.web.search.SearchLink;
import nl.bijeen.web.search.SearchParameters;
import nl.bijeen.web.search.SearchRequest;

/**
 * The filter form beside the results: when, near where, sort order, and a group of checkboxes per facet with its
 * count. A plain GET form with a button, so it works without JavaScript and never changes the page while someone
 * is still choosing (WCAG 3.2.2).
 *
 * <p>Counts are "drill sideways": a group in which something is ticked is counted as if nothing in that group were
 * ticked, so "Bewegen (12)" next to a ticked "Ontmoeten" says what ticking Bewegen as well would add, instead of
 * only the activities that have both.
 */
@Introspected
public record FilterPanel(List<Group> groups, Choices cost, Choices periods, String from, String to,
                          String postcode, Choices radii, Choices sorts, String latitude, String longitude,
                          List<Hidden> hidden) {

    /** Choices shown at once per group; the rest sit behind "Meer tonen", so a long organiser list stays short. */
    static final int SHOWN = 6;
    private static final List<String> RADII = List.of("1", "2", "5", "10", "25");

    /** A checkbox group (audience, theme, wijk, kind, organiser, website). */
    @Introspected
    public record Group(String parameter, String legend, List<Choice> shown, List<Choice> more) {
    }

    /** One checkbox or radio button; {@code id} is unique on the page, for its label. */
    @Introspected
    public record Choice(String id, String value, String label, long count, boolean checked) {
    }

    /** A radio group or select, with the option that is chosen. */
    @Introspected
    public record Choices(String parameter, List<Choice> options) {
    }

    /** A parameter the form passes on unchanged (the text searched, the view). */
    @Introspected
    public record Hidden(String name, String value) {
    }

    /**
     * @param asked    the search shown
     * @param facets   the counts of the search shown
     * @param facetsOf runs a search for its facets only, for the groups in which something is ticked
     * @param view     the view shown, passed on by the form
     */
    static FilterPanel of(SearchRequest asked, Facets facets, Function<SearchRequest, Facets> facetsOf,
                          Weergave view) {
        SearchLink link = SearchLink.of(asked);
        List<Group> groups = new ArrayList<>();
        groups.add(group(AUDIENCE, "Voor wie", link, facets, facetsOf, Facets::audience));
        groups.add(group(THEME, "Onderwerp", link, facets, facetsOf, Facets::theme));
        groups.add(group(WIJK, "Wijk", link, facets, facetsOf, Facets::wijk));
        groups.add(group(KIND, "Soort", link, facets, facetsOf, Facets::kind));
        groups.add(group(ORGANISER, "Organisator", link, facets, facetsOf, Facets::organiser));
        groups.add(group(SOURCE, "Website", link, facets, facetsOf, Facets::source));
        Choices cost = new Choices(COST, withAny(COST, "Maakt niet uit", link,
                sideways(COST, link, facets, facetsOf, Facets::cost)));
        List<Hidden> hidden = new ArrayList<>();
        if (!asked.q().isEmpty()) {
            hidden.add(new Hidden(Q, asked.q()));
        }
        if (view != Weergave.LIJST) {
            hidden.add(new Hidden(Weergave.PARAMETER, view.value()));
        }
        return new FilterPanel(groups.stream().filter(g -> !g.shown().isEmpty()).toList(), cost, periods(link),
                first(link, FROM), first(link, TO), first(link, POSTCODE), radii(asked), sorts(link),
                first(link, LAT), first(link, LON), hidden);
    }

    private static Group group(String parameter, String legend, SearchLink link, Facets facets,
                               Function<SearchRequest, Facets> facetsOf, Function<Facets, List<Facets.Count>> dim) {
        List<Choice> all = new ArrayList<>();
        List<Facets.Count> counts = sideways(parameter, link, facets, facetsOf, dim);
        for (String ticked : link.values(parameter)) {
            if (counts.stream().noneMatch(c -> c.value().equals(ticked))) {
                all.add(choice(parameter, all.size(), ticked, ticked, 0, true)); // ticked but nothing left to count
            }
        }
        for (Facets.Count c : counts) {
            all.add(choice(parameter, all.size(), c.value(), c.label(), c.count(), link.has(parameter, c.value())));
        }
        // Ticked ones first, so they are never hidden behind "Meer tonen".
        List<Choice> ordered = new ArrayList<>(all.stream().filter(Choice::checked).toList());
        all.stream().filter(c -> !c.checked()).forEach(ordered::add);
        int split = Math.max(SHOWN, (int) ordered.stream().filter(Choice::checked).count());
        return new Group(parameter, legend, ordered.subList(0, Math.min(split, ordered.size())),
                ordered.subList(Math.min(split, ordered.size()), ordered.size()));
    }

    /** The counts of one group as if nothing in it were ticked (one extra search only when something is). */
    private static List<Facets.Count> sideways(String parameter, SearchLink link, Facets facets,
                                               Function<SearchRequest, Facets> facetsOf,
                                               Function<Facets, List<Facets.Count>> dim) {
        if (link.values(parameter).isEmpty()) {
            return dim.apply(facets);
        }
        SearchRequest without = SearchParameters.read(link.withoutAll(parameter)::values).limit(1).build();
        return dim.apply(facetsOf.apply(without));
    }

    private static List<Choice> withAny(String parameter, String anyLabel, SearchLink link,
                                        List<Facets.Count> counts) {
        List<Choice> options = new ArrayList<>();
        options.add(choice(parameter, 0, "", anyLabel, -1, link.values(parameter).isEmpty()));
        for (Facets.Count c : counts) {
            options.add(choice(parameter, options.size(), c.value(), c.label(), c.count(),
                    link.has(parameter, c.value())));
        }
        return options;
    }

    private static Choices periods(SearchLink link) {
        String chosen = first(link, DATE);
        List<Choice> options = new ArrayList<>();
        if (chosen.isEmpty() && !(first(link, FROM).isEmpty() && first(link, TO).isEmpty())) {
            chosen = "range";
        }
        String[][] periods = {{"", "Alle datums"}, {"today", "Vandaag"}, {"this-week", "Deze week"},
                {"this-weekend", "Dit weekend"}, {"range", "Tussen deze data:"}};
        for (String[] p : periods) {
            options.add(choice(DATE, options.size(), p[0], p[1], -1, p[0].equals(chosen)));
        }
        return new Choices(DATE, options);
    }

    private static Choices radii(SearchRequest asked) {
        double km = asked.near() == null ? SearchRequest.DEFAULT_RADIUS_KM : asked.near().radiusKm();
        List<Choice> options = new ArrayList<>();
        for (String r : RADII) {
            options.add(choice(RADIUS, options.size(), r, r + " km", -1, Double.parseDouble(r) == km));
        }
        return new Choices(RADIUS, options);
    }

    private static Choices sorts(SearchLink link) {
        String chosen = first(link, SORT);
        List<Choice> options = new ArrayList<>();
        String[][] sorts = {{"", "Best passend"}, {"date", "Datum"}, {"distance", "Afstand (met postcode)"}};
        for (String[] s : sorts) {
            options.add(choice(SORT, options.size(), s[0], s[1], -1, s[0].equals(chosen)));
        }
        return new Choices(SORT, options);
    }

    private static Choice choice(String parameter, int index, String value, String label, long count,
                                 boolean checked) {
        return new Choice("f-" + parameter + "-" + index, value, label, count, checked);
    }

    private static String first(SearchLink link, String name) {
        List<String> values = link.values(name);
        return values.isEmpty() ? "" : values.getFirst();
    }
}
