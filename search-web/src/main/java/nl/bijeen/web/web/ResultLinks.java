package nl.bijeen.web.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Links between pages of one list of results (a search, an organiser, a wijk, a section): other pages and the
 * other views. Query values are encoded here, so nothing a visitor typed can break out of a link.
 */
final class ResultLinks {

    private final String path;
    private final String query;

    private ResultLinks(String path, String query) {
        this.path = path;
        this.query = query;
    }

    /** The results of a search on the home page. */
    static ResultLinks search(String query) {
        return new ResultLinks("/", query);
    }

    /** A page of its own, such as /wijk/WK053701, without a search query. */
    static ResultLinks at(String path) {
        return new ResultLinks(path, "");
    }

    ResultLinks withQuery(String newQuery) {
        return new ResultLinks(path, newQuery == null ? "" : newQuery.strip());
    }

    String page(int page, Weergave view) {
        List<String> params = new ArrayList<>();
        if (!query.isEmpty()) {
            params.add("q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        }
        if (view != Weergave.LIJST) {
            params.add(Weergave.PARAMETER + "=" + view.value());
        }
        if (page > 1) {
            params.add("pagina=" + page);
        }
        return params.isEmpty() ? path : path + "?" + String.join("&", params);
    }

    /** One link per view, with whether it is the one shown (for aria-current). */
    List<Map<String, Object>> views(int page, Weergave current) {
        List<Map<String, Object>> links = new ArrayList<>();
        for (Weergave view : Weergave.values()) {
            links.add(Map.of("label", view.label(), "link", page(page, view), "current", view == current,
                    "value", view.value()));
        }
        return links;
    }
}
