package nl.bijeen.web.coverage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The links of the coverage page that keep the chosen period and map: the period choices, the CSV files and the
 * GeoJSON the map script reads.
 */
public record PeriodLinks(Period period, String mapChoice) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.of("nl"));

    /** One choice of period; {@code current} is true for the one shown. */
    public record Choice(String value, String label, boolean current) {
    }

    public List<Choice> choices() {
        return List.of(choice("week", "Deze week"), choice("2", "Komende 2 weken"), choice("4", "Komende 4 weken"),
                choice("8", "Komende 8 weken"));
    }

    private Choice choice(String value, String label) {
        return new Choice(value, label, value.equals(period.choice()));
    }

    /** The query string of the period, e.g. "periode=datums&van=2026-12-01&tot=2026-12-31". */
    public String query() {
        if ("datums".equals(period.choice())) {
            return "periode=datums&van=" + period.from() + "&tot=" + period.to();
        }
        return "periode=" + period.choice();
    }

    public String csv(String file) {
        return "/dekking/" + file + ".csv?" + query();
    }

    public String mapCsv() {
        return "/dekking/kaart.csv?" + query() + "&kaart=" + encode(mapChoice);
    }

    public String geojson() {
        return "/dekking/wijken.geojson?" + query() + "&kaart=" + encode(mapChoice);
    }

    static String describe(Period period) {
        return DAY.format(period.from()) + " tot en met " + DAY.format(period.to());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
