package nl.bijeen.web.town;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Singleton;

import nl.bijeen.connectors.geo.Area;
import nl.bijeen.web.export.ExportSource;

/**
 * The towns and wijken of the Over de stad pages, from the configured wijk map (config/geo): a CBS wijk code
 * "WK053701" lies in municipality "GM0537", named in the settings ({@link TownProperties}).
 */
@Singleton
public class Towns {

    private final List<Town> towns;

    Towns(ExportSource places, TownProperties settings) {
        this.towns = group(places.wijken(), settings);
    }

    public List<Town> all() {
        return towns;
    }

    public Optional<Town> bySlug(String slug) {
        return towns.stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    /** The town that wijk {@code code} lies in. */
    public Optional<Town> ofWijk(String code) {
        return towns.stream().filter(t -> t.wijken().stream().anyMatch(w -> w.code().equals(code))).findFirst();
    }

    private static List<Town> group(List<Area> wijken, TownProperties settings) {
        Map<String, List<Town.Wijk>> byTown = new LinkedHashMap<>();
        for (Area wijk : wijken.stream().sorted(Comparator.comparing(Area::name)).toList()) {
            byTown.computeIfAbsent(townCode(wijk.code()), c -> new ArrayList<>())
                    .add(new Town.Wijk(wijk.code(), wijk.name(), slug(wijk.name())));
        }
        List<Town> found = new ArrayList<>();
        byTown.forEach((code, its) -> {
            String configured = settings.nameOf(code);
            String name = configured != null ? configured : "Gemeente " + code.substring(2);
            found.add(new Town(code, name, slug(name), List.copyOf(its)));
        });
        found.sort(Comparator.comparing(Town::name));
        return List.copyOf(found);
    }

    /** "WK053701" lies in "GM0537"; a code outside the CBS pattern counts as its own town. */
    static String townCode(String wijkCode) {
        return wijkCode.matches("WK\\d{6}") ? "GM" + wijkCode.substring(2, 6) : wijkCode;
    }

    /** "'t Heen-Noord" → "t-heen-noord": lower case, accents dropped, anything else a single hyphen. */
    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
