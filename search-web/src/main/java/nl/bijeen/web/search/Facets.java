package nl.bijeen.web.search;

import java.util.List;

/**
 * How many of the current results fall in each value of each dimension, most first. Counts are activities (one
 * activity merged from three sites counts once), over the whole result set, not only the page shown.
 */
public record Facets(List<Count> audience, List<Count> theme, List<Count> wijk, List<Count> organiser,
                     List<Count> source, List<Count> cost, List<Count> kind) {

    /**
     * @param value what to filter on to narrow to these results (an id, wijk code, organiser name, source id,
     *              "gratis"/"betaald", "agenda"/"etalage"/"prikbord")
     * @param label the Dutch text to show
     * @param count how many results have this value
     */
    public record Count(String value, String label, long count) {
    }

    public static final Facets NONE = new Facets(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of());

    public Facets {
        audience = List.copyOf(audience);
        theme = List.copyOf(theme);
        wijk = List.copyOf(wijk);
        organiser = List.copyOf(organiser);
        source = List.copyOf(source);
        cost = List.copyOf(cost);
        kind = List.copyOf(kind);
    }
}
