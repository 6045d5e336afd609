package nl.bijeen.web.web;

import java.util.List;
import java.util.Set;

/**
 * A pictogram per taxonomy theme (static SVGs under /static/img/thema/, drawn in the style of the demo world's
 * pictograms): on the home page, and on photo cards of activities that bring no picture of their own.
 */
final class ThemePictograms {

    static final String FALLBACK = "algemeen";
    private static final Set<String> DRAWN = Set.of("ontmoeten", "bewegen", "eenzaamheid", "lotgenotencontact",
            "opvoeden", "eten-en-koken", "taal-en-leren", "geldzaken", "gezondheid", "cultuur", "natuur-en-tuinieren",
            "vrijwilligerswerk", "veiligheid", "digitale-vaardigheden", "repareren-en-duurzaamheid");

    private ThemePictograms() {
    }

    static String of(String theme) {
        return "/static/img/thema/" + (DRAWN.contains(theme) ? theme : FALLBACK) + ".svg";
    }

    static String first(List<String> themes) {
        return of(themes.stream().filter(DRAWN::contains).findFirst().orElse(FALLBACK));
    }
}
