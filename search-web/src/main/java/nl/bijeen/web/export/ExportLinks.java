package nl.bijeen.web.export;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The export links of a search, as the results page offers them. */
public final class ExportLinks {

    private ExportLinks() {
    }

    /**
     * @param query   the search as shown on the page
     * @param baseUrl how the visitor reaches Bijeen ("https://bijeen.example.nl"), for the webcal subscription link,
     *                which must be absolute
     * @return links by name: ics, webcal, rss, atom, csv, netwerklijst, boekjeThema, boekjeWijk
     */
    public static Map<String, String> of(String query, String baseUrl) {
        String q = ExportSource.normalise(query);
        String param = q.isEmpty() ? "" : "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
        String and = q.isEmpty() ? "?" : param + "&";
        Map<String, String> links = new LinkedHashMap<>();
        links.put("ics", "/export/agenda.ics" + param);
        links.put("webcal", webcal(baseUrl) + "/export/agenda.ics" + param);
        links.put("rss", "/export/activiteiten.rss" + param);
        links.put("atom", "/export/activiteiten.atom" + param);
        links.put("csv", "/export/activiteiten.csv" + param);
        links.put("netwerklijst", "/export/netwerklijst.csv" + param);
        links.put("boekjeThema", "/export/boekje.pdf" + and + "groep=thema");
        links.put("boekjeWijk", "/export/boekje.pdf" + and + "groep=wijk");
        return links;
    }

    /** webcal:// is http(s):// for calendar apps: a click subscribes instead of downloading once. */
    static String webcal(String baseUrl) {
        URI base = URI.create(baseUrl);
        String authority = base.getRawAuthority() == null ? "localhost" : base.getRawAuthority();
        return "webcal://" + authority;
    }
}
