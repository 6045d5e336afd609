package nl.bijeen.web.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.bijeen.web.search.SearchLink;

/**
 * Links between pages of one list of results (a search, an organiser, a wijk, a section): other pages and the
 * other views, each keeping the whole search (text and filters). Values are encoded by {@link SearchLink}, so
 * nothing a visitor typed can break out of a link.
 */
final class ResultLinks {

    static final String PAGE_PARAMETER = "pagina";

    private final String path;
    private final SearchLink search;

    private ResultLinks(String path, SearchLink search) {
        this.path = path;
        this.search = search;
    }

    /** The results of a search on the home page. */
    static ResultLinks search(SearchLink search) {
        return new ResultLinks("/", search);
    }

    /** A page of its own, such as /wijk/WK053701, without a search. */
    static ResultLinks at(String path) {
        return new ResultLinks(path, SearchLink.empty());
    }

    ResultLinks with(SearchLink other) {
        return new ResultLinks(path, other);
    }

    String page(int page, Weergave view) {
        SearchLink link = search.withoutAll(Weergave.PARAMETER, PAGE_PARAMETER);
        if (view != Weergave.LIJST) {
            link = link.with(Weergave.PARAMETER, view.value());
        }
        if (page > 1) {
            link = link.with(PAGE_PARAMETER, Integer.toString(page));
        }
        return link.at(path);
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
