package nl.bijeen.web.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.views.View;

import nl.bijeen.web.export.ExportLinks;
import nl.bijeen.web.search.ActivitySearch;
import nl.bijeen.web.search.SearchResult;

/**
 * The public search page: a search box and the upcoming activities that match, 50 per page. Odd input never
 * gives an error page: a too-long query is cut off and a page number that makes no sense shows the first page.
 */
@Controller
public class HomePage {

    static final int PAGE_SIZE = 50;
    static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_PAGE = ActivitySearch.MAX_OFFSET / PAGE_SIZE + 1;

    private final ActivitySearch search;
    private final Clock clock;
    private final TaxonomyLabels labels;
    private final HttpHostResolver hosts;

    public HomePage(ActivitySearch search, Clock clock, TaxonomyLabels labels, HttpHostResolver hosts) {
        this.search = search;
        this.clock = clock;
        this.labels = labels;
        this.hosts = hosts;
    }

    @Get(uri = "/", produces = MediaType.TEXT_HTML)
    @View("home")
    public Map<String, Object> home(HttpRequest<?> request, @Nullable @QueryValue("q") String q,
                                    @Nullable @QueryValue("pagina") String pagina) {
        String query = q == null ? "" : q.strip();
        if (query.length() > MAX_QUERY_LENGTH) {
            query = query.substring(0, MAX_QUERY_LENGTH);
        }
        int page = pageNumber(pagina);
        int offset = (page - 1) * PAGE_SIZE;
        SearchResult result = search.search(query, offset, PAGE_SIZE);
        LocalDate today = LocalDate.now(clock);
        List<ResultView> results = result.activities().stream().map(a -> ResultView.of(a, today, labels)).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("query", query);
        model.put("total", result.total());
        model.put("results", results);
        model.put("status", status(query, result.total(), offset, results.size()));
        model.put("previousPage", page > 1 ? link(query, page - 1) : null);
        boolean more = offset + results.size() < result.total() && page < MAX_PAGE;
        model.put("nextPage", more ? link(query, page + 1) : null);
        // The same search as a calendar, feed, list or booklet (the webcal link must be absolute).
        model.put("exports", ExportLinks.of(query, hosts.resolve(request)));
        return model;
    }

    private static int pageNumber(String pagina) {
        try {
            int page = pagina == null ? 1 : Integer.parseInt(pagina.strip());
            return page < 1 || page > MAX_PAGE ? 1 : page;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String link(String query, int page) {
        String pageParam = page == 1 ? "" : "pagina=" + page;
        if (query.isEmpty()) {
            return pageParam.isEmpty() ? "/" : "/?" + pageParam;
        }
        String q = "q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        return "/?" + q + (pageParam.isEmpty() ? "" : "&" + pageParam);
    }

    /** The line above the results, e.g. "120 activiteiten gevonden voor „koffie”. U ziet nummer 51 tot en met 100." */
    static String status(String query, long total, int offset, int shown) {
        String count = total + (total == 1 ? " activiteit" : " activiteiten");
        String line = query.isEmpty() ? count + " binnenkort of doorlopend." : count + " gevonden voor „" + query + "”.";
        if (shown == 0 || shown == total) {
            return line;
        }
        return line + " U ziet nummer " + (offset + 1) + " tot en met " + (offset + shown) + ".";
    }
}
