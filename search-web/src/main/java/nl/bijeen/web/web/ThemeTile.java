package nl.bijeen.web.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import io.micronaut.core.annotation.Introspected;

/** A large pictogram with its theme's name on the home page; it searches for the theme's name. */
@Introspected
public record ThemeTile(String label, String picture, String link) {

    static List<ThemeTile> all(TaxonomyLabels labels) {
        return labels.allThemes().stream().map(t -> new ThemeTile(t.label(), ThemePictograms.of(t.id()),
                "/?q=" + URLEncoder.encode(t.label().toLowerCase(Locale.ROOT), StandardCharsets.UTF_8))).toList();
    }
}
