package nl.bijeen.web.owner;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Singleton;

import nl.bijeen.connectors.classify.Taxonomy;
import nl.bijeen.connectors.geo.Area;
import nl.bijeen.web.config.BijeenProperties;
import nl.bijeen.web.export.ExportSource;

/**
 * What an owner may choose as the defaults of their source: the audiences and themes of the taxonomy
 * (config/taxonomy.yml) and the wijken of the boundary file. Form fields are named {@code doelgroep.<id>} and
 * {@code thema.<id>} (one per checkbox), so a form read as a map of single values loses none of them.
 */
@Singleton
public class OwnerChoices {

    private final Taxonomy taxonomy;
    private final ExportSource places;

    public OwnerChoices(BijeenProperties bijeen, ExportSource places) {
        this.taxonomy = Taxonomy.load(bijeen.configPath().resolve("taxonomy.yml"));
        this.places = places;
    }

    /** The checkboxes and the wijk list, with the source's current choices ticked. */
    Map<String, Object> model(List<String> audiences, List<String> themes, String wijk) {
        Map<String, Object> model = new HashMap<>();
        model.put("doelgroepen", boxes(taxonomy.audiences(), audiences));
        model.put("themas", boxes(taxonomy.themes(), themes));
        model.put("wijken", places.wijken().stream().sorted(Comparator.comparing(Area::name))
                .map(a -> Map.of("code", a.code(), "naam", a.name(), "gekozen", a.code().equals(wijk))).toList());
        return model;
    }

    List<String> audiences(Map<String, String> form) {
        return ticked(form, "doelgroep.", taxonomy.audiences());
    }

    List<String> themes(Map<String, String> form) {
        return ticked(form, "thema.", taxonomy.themes());
    }

    /** The wijk code chosen, if it is one of the boundary file's; empty for none or an unknown code. */
    Optional<String> wijk(Map<String, String> form) {
        String code = form.getOrDefault("wijk", "");
        return places.wijken().stream().map(Area::code).filter(code::equals).findFirst();
    }

    private static List<String> ticked(Map<String, String> form, String prefix, List<Taxonomy.Entry> entries) {
        return entries.stream().map(Taxonomy.Entry::id).filter(id -> form.containsKey(prefix + id)).toList();
    }

    private static List<Map<String, Object>> boxes(List<Taxonomy.Entry> entries, List<String> chosen) {
        return entries.stream().map(e -> Map.<String, Object>of("id", e.id(), "label", e.label(),
                "gekozen", chosen.contains(e.id()))).toList();
    }
}
