package nl.bijeen.web.organisation.pages;

import java.util.List;
import java.util.Locale;

import io.micronaut.http.HttpParameters;

import nl.bijeen.web.organisation.search.OrganisationQuery;
import nl.bijeen.web.search.SearchLink;

/**
 * The directory's selection as the URL carries it, so every list, map and network list can be bookmarked and sent on:
 * {@code q}, {@code theme}, {@code audience}, {@code wijk}, {@code kind} (each may repeat), {@code sort}
 * ({@code naam} or {@code relevantie}), {@code pagina} and {@code weergave} ({@code lijst} or {@code kaart}).
 *
 * @param selection the words and filters, without page and view: the same for every page, view and export
 */
record DirectoryRequest(String text, List<String> themes, List<String> audiences, List<String> wijken,
                        List<String> kinds, OrganisationQuery.Sort sort, int page, boolean map, SearchLink selection) {

    static final String Q = "q";
    static final String THEME = "theme";
    static final String AUDIENCE = "audience";
    static final String WIJK = "wijk";
    static final String KIND = "kind";
    static final String SORT = "sort";
    static final String PAGE = "pagina";
    static final String VIEW = "weergave";
    static final int PAGE_SIZE = 25;
    /** A map shows the whole selection at once; beyond this the markers say nothing anyway. */
    static final int MAP_LIMIT = 1_000;
    static final int MAX_PAGE = OrganisationQuery.MAX_OFFSET / PAGE_SIZE + 1;

    static DirectoryRequest read(HttpParameters parameters) {
        String text = first(parameters, Q);
        List<String> themes = parameters.getAll(THEME);
        List<String> audiences = parameters.getAll(AUDIENCE);
        List<String> wijken = parameters.getAll(WIJK);
        List<String> kinds = parameters.getAll(KIND);
        String sortValue = first(parameters, SORT);
        OrganisationQuery.Sort sort = switch (sortValue) {
            case "naam" -> OrganisationQuery.Sort.NAME;
            case "relevantie" -> OrganisationQuery.Sort.RELEVANCE;
            default -> null;
        };
        SearchLink selection = SearchLink.empty().with(Q, text);
        selection = addAll(addAll(addAll(addAll(selection, THEME, themes), AUDIENCE, audiences), WIJK, wijken),
                KIND, kinds);
        if (sort != null) {
            selection = selection.with(SORT, sortValue);
        }
        boolean map = "kaart".equals(first(parameters, VIEW).toLowerCase(Locale.ROOT));
        return new DirectoryRequest(text, themes, audiences, wijken, kinds, sort, page(first(parameters, PAGE)), map,
                selection);
    }

    /** The search for the page shown: one page of the list, or the whole selection (up to a bound) on the map. */
    OrganisationQuery query() {
        return map ? query(0, MAP_LIMIT) : query((page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    OrganisationQuery query(int offset, int limit) {
        return new OrganisationQuery(text, themes, audiences, wijken, kinds, sort, offset, limit);
    }

    boolean filtered() {
        return !(themes.isEmpty() && audiences.isEmpty() && wijken.isEmpty() && kinds.isEmpty());
    }

    /** This selection on another page or in another view. */
    String link(int toPage, boolean onMap) {
        SearchLink link = selection;
        if (onMap) {
            link = link.with(VIEW, "kaart");
        }
        if (toPage > 1) {
            link = link.with(PAGE, Integer.toString(toPage));
        }
        return link.at("/organisaties");
    }

    private static SearchLink addAll(SearchLink link, String name, List<String> values) {
        for (String value : values) {
            link = link.with(name, value);
        }
        return link;
    }

    private static String first(HttpParameters parameters, String name) {
        String value = parameters.get(name);
        return value == null ? "" : value.strip();
    }

    private static int page(String value) {
        try {
            int page = value.isEmpty() ? 1 : Integer.parseInt(value);
            return page < 1 || page > MAX_PAGE ? 1 : page;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
