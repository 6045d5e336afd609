package nl.bijeen.web.export;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.bijeen.web.search.SearchLink;
import nl.bijeen.web.search.SearchRequest;

/** The export links of a search, as the results page offers them: each with the whole search, text and filters. */
public final class ExportLinks {

    private ExportLinks() {
    }

    /** The export links of a search for these words only. */
    public static Map<String, String> of(String query, String baseUrl) {
        return of(SearchLink.of(SearchRequest.builder().q(ExportSource.normalise(query)).build()), baseUrl);
    }

    /**
     * @param search  the search as shown on the page (without paging or view)
     * @param baseUrl how the visitor reaches Bijeen ("https://bijeen.example.nl"), for the webcal subscription link,
     *                which must be absolute
     * @return links by name: ics, webcal, rss, atom, csv, netwerklijst, boekjeThema, boekjeWijk
     */
    public static Map<String, String> of(SearchLink search, String baseUrl) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("ics", search.at("/export/agenda.ics"));
        links.put("webcal", webcal(baseUrl) + search.at("/export/agenda.ics"));
        links.put("rss", search.at("/export/activiteiten.rss"));
        links.put("atom", search.at("/export/activiteiten.atom"));
        links.put("csv", search.at("/export/activiteiten.csv"));
        links.put("netwerklijst", search.at("/export/netwerklijst.csv"));
        links.put("boekjeThema", search.with(ExportController.GROUPING, "thema").at("/export/boekje.pdf"));
        links.put("boekjeWijk", search.with(ExportController.GROUPING, "wijk").at("/export/boekje.pdf"));
        return links;
    }

    /** webcal:// is http(s):// for calendar apps: a click subscribes instead of downloading once. */
    static String webcal(String baseUrl) {
        URI base = URI.create(baseUrl);
        String authority = base.getRawAuthority() == null ? "localhost" : base.getRawAuthority();
        return "webcal://" + authority;
    }
}
