package nl.bijeen.web.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.views.View;

import nl.bijeen.connectors.geo.Area;
import nl.bijeen.web.export.ExportLinks;
import nl.bijeen.web.export.ExportSource;
import nl.bijeen.web.search.ActivitySearch;
import nl.bijeen.web.search.InvalidSearchException;
import nl.bijeen.web.search.SearchLink;
import nl.bijeen.web.search.SearchParameters;
import nl.bijeen.web.search.SearchRequest;
import nl.bijeen.web.search.SearchResult;

/**
 * The public search page: a search box, large theme pictograms, and the upcoming activities that match, 50 per
 * page, as a list, photo cards or a map. Odd input never gives an error page: a too-long query is cut off and a
 * page number that makes no sense shows the first page.
 */
@Secured(SecurityRule.IS_ANONYMOUS) // public: residents and developers, no login
@Controller
public class HomePage {

    static final int PAGE_SIZE = 50;
    static final int MAX_PAGE = ActivitySearch.MAX_OFFSET / PAGE_SIZE + 1;

    private final ActivitySearch search;
    private final Clock clock;
    private final TaxonomyLabels labels;
    private final HttpHostResolver hosts;
    private final MapSettings map;
    private final ExportSource places;

    public HomePage(ActivitySearch search, Clock clock, TaxonomyLabels labels, HttpHostResolver hosts,
                    MapSettings map, ExportSource places) {
        this.places = places;
        this.search = search;
        this.clock = clock;
        this.labels = labels;
        this.hosts = hosts;
        this.map = map;
    }

    @Get(uri = "/", produces = MediaType.TEXT_HTML)
    @View("home")
    public Map<String, Object> home(HttpRequest<?> request, @Nullable @QueryValue("pagina") String pagina,
                                    @Nullable @QueryValue("weergave") String weergave) {
        SearchParameters.Read read = SearchParameters.readLeniently(request.getParameters()::getAll);
        int page = pageNumber(pagina);
        int offset = (page - 1) * PAGE_SIZE;
        SearchRequest asked = read.builder().offset(offset).limit(PAGE_SIZE).build();
        List<String> problems = new ArrayList<>(read.problems().stream().map(Throwable::getMessage).toList());
        SearchResult result;
        try {
            result = search.search(asked);
        } catch (InvalidSearchException e) { // a postcode the index does not know: search without "near"
            problems.add(e.getMessage());
            asked = withoutNear(asked);
            result = search.search(asked);
        }
        nl.bijeen.web.coverage.SearchDemand.record(asked, result); // unmet demand for /dekking: never text, never slow
        Weergave view = Weergave.parse(weergave);
        SearchLink link = SearchLink.of(asked);
        ResultLinks links = ResultLinks.search(link);
        Map<String, Object> model = Pages.model(request);
        model.put("query", asked.q());
        model.put("total", result.total());
        model.put("results", results(result));
        model.put("status", status(asked.q(), asked.hasExplicitFilters(), result.total(), offset,
                result.activities().size()));
        model.put("problems", problems);
        model.put("relaxed", RelaxationText.of(result.relaxed()));
        model.put("chips", SearchChips.of(result, asked, other -> links.with(other).page(1, view)));
        model.put("filters", FilterPanel.of(asked, result.facets(), r -> search.search(r).facets(), view));
        model.put("filtersOpen", asked.hasExplicitFilters());
        model.put("keep", hidden(link.withoutAll(SearchParameters.Q), view));
        model.put("weergave", view);
        model.put("views", links.views(page, view));
        model.put("previousPage", page > 1 ? links.page(page - 1, view) : null);
        boolean more = offset + result.activities().size() < result.total() && page < MAX_PAGE;
        model.put("nextPage", more ? links.page(page + 1, view) : null);
        boolean start = asked.q().isEmpty() && !asked.hasExplicitFilters() && page == 1;
        model.put("themes", start ? ThemeTile.all(labels) : List.of());
        model.put("wijken", start ? places.wijken().stream().sorted(Comparator.comparing(Area::name))
                .map(w -> Map.of("name", w.name(), "link", ListingPages.wijkPath(w.code()))).toList() : List.of());
        model.put("map", map);
        // The same search as a calendar, feed, list or booklet (the webcal link must be absolute).
        model.put("exports", ExportLinks.of(link, hosts.resolve(request)));
        return model;
    }

    private static SearchRequest withoutNear(SearchRequest asked) {
        return SearchParameters.read(SearchLink.of(asked).withoutAll(SearchParameters.POSTCODE, SearchParameters.LAT,
                        SearchParameters.LON, SearchParameters.RADIUS, SearchParameters.SORT)::values)
                .offset(asked.offset()).limit(asked.limit()).build();
    }

    private List<ResultView> results(SearchResult result) {
        LocalDate today = LocalDate.now(clock);
        return result.activities().stream().map(a -> ResultView.of(a, today, labels)).toList();
    }

    /** The filters (and view) the search box passes on, so typing new words keeps what was ticked. */
    private static List<FilterPanel.Hidden> hidden(SearchLink filters, Weergave view) {
        List<FilterPanel.Hidden> hidden = new ArrayList<>();
        filters.forEach((name, value) -> hidden.add(new FilterPanel.Hidden(name, value)));
        if (view != Weergave.LIJST) {
            hidden.add(new FilterPanel.Hidden(Weergave.PARAMETER, view.value()));
        }
        return hidden;
    }

    static int pageNumber(String pagina) {
        try {
            int page = pagina == null ? 1 : Integer.parseInt(pagina.strip());
            return page < 1 || page > MAX_PAGE ? 1 : page;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * The line above the results, e.g. "120 activiteiten gevonden voor „koffie”. U ziet nummer 51 tot en met 100."
     */
    static String status(String query, boolean filtered, long total, int offset, int shown) {
        String count = total + (total == 1 ? " activiteit" : " activiteiten");
        String line = !query.isEmpty() ? count + " gevonden voor „" + query + "”."
                : filtered ? count + (total == 1 ? " past" : " passen") + " bij uw keuzes."
                : count + " binnenkort of doorlopend.";
        if (shown == 0 || shown == total) {
            return line;
        }
        return line + " U ziet nummer " + (offset + 1) + " tot en met " + (offset + shown) + ".";
    }
}
