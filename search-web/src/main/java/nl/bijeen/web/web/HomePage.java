package nl.bijeen.web.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.views.View;

import nl.bijeen.web.search.ActivitySearch;
import nl.bijeen.web.search.SearchResult;

/** The public search page: a search box and the upcoming activities that match. */
@Controller
public class HomePage {

    static final int PAGE_SIZE = 50;
    /** Longer input is cut off rather than refused: a page should always answer. */
    static final int MAX_QUERY_LENGTH = 200;

    private final ActivitySearch search;
    private final Clock clock;

    public HomePage(ActivitySearch search, Clock clock) {
        this.search = search;
        this.clock = clock;
    }

    @Get(uri = "/", produces = MediaType.TEXT_HTML)
    @View("home")
    public Map<String, Object> home(@Nullable @QueryValue("q") String q) {
        String query = q == null ? "" : q.strip();
        if (query.length() > MAX_QUERY_LENGTH) {
            query = query.substring(0, MAX_QUERY_LENGTH);
        }
        SearchResult result = search.search(query, PAGE_SIZE);
        LocalDate today = LocalDate.now(clock);
        List<ResultView> results = result.activities().stream().map(a -> ResultView.of(a, today)).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("query", query);
        model.put("total", result.total());
        model.put("results", results);
        model.put("status", status(query, result.total(), results.size()));
        return model;
    }

    /** The line above the results, e.g. "12 activiteiten gevonden voor „koffie”. U ziet de eerste 50." */
    static String status(String query, long total, int shown) {
        String count = total + (total == 1 ? " activiteit" : " activiteiten");
        String line = query.isEmpty() ? count + " binnenkort of doorlopend." : count + " gevonden voor „" + query + "”.";
        return total > shown ? line + " U ziet de eerste " + shown + "." : line;
    }
}
