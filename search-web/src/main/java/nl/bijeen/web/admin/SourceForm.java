package nl.bijeen.web.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.bijeen.aggregator.source.Schedules;
import nl.bijeen.aggregator.source.SourceDefinition;
import nl.bijeen.connectors.classify.Taxonomy;

/**
 * The connector settings form of a source page: reads the fields over the current definition and says in plain
 * Dutch what is wrong with each. Audiences and themes are taxonomy ids separated by commas.
 */
final class SourceForm {

    static final List<String> FORMATS = List.of("auto", "ical", "feed", "jsonld", "recipe");
    private static final Pattern WIJK = Pattern.compile("WK\\d{6}");

    /** The edited definition when {@code problems} is empty. */
    record Read(SourceDefinition definition, List<String> problems) {
    }

    private final Taxonomy taxonomy;
    private final Path recipesDir;

    SourceForm(Taxonomy taxonomy, Path recipesDir) {
        this.taxonomy = taxonomy;
        this.recipesDir = recipesDir;
    }

    /** The names of the recipes in config/recipes, without ".yml". */
    List<String> recipes() {
        try (Stream<Path> files = Files.list(recipesDir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yml"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    List<String> audienceIds() {
        return taxonomy.audiences().stream().map(Taxonomy.Entry::id).toList();
    }

    List<String> themeIds() {
        return taxonomy.themes().stream().map(Taxonomy.Entry::id).toList();
    }

    Read read(Map<String, String> form, SourceDefinition current) {
        List<String> problems = new ArrayList<>();
        Duration schedule = current.schedule();
        try {
            schedule = Schedules.parse(form.getOrDefault("schema", ""));
        } catch (IllegalArgumentException e) {
            problems.add("Hoe vaak ophalen: schrijf een getal met m, h of d, bijvoorbeeld 30m, 1h of 1d"
                    + " (minstens 1m).");
        }
        String format = form.getOrDefault("formaat", "").strip();
        if (!FORMATS.contains(format)) {
            problems.add("Formaat: kies een van " + String.join(", ", FORMATS) + ".");
        }
        String recipe = form.getOrDefault("recept", "").strip();
        if (!recipe.isEmpty() && !recipes().contains(recipe)) {
            problems.add("Recept: er is geen recept \"" + recipe + "\" in config/recipes.");
        }
        List<String> audiences = ids(form.get("doelgroepen"), audienceIds(), "Doelgroepen", problems);
        List<String> themes = ids(form.get("themas"), themeIds(), "Thema's", problems);
        String wijk = form.getOrDefault("wijk", "").strip().toUpperCase(java.util.Locale.ROOT);
        if (!wijk.isEmpty() && !WIJK.matcher(wijk).matches()) {
            problems.add("Wijk: schrijf een CBS-wijkcode als WK053701, of laat het leeg.");
        }
        int priority = current.priority();
        try {
            priority = Integer.parseInt(form.getOrDefault("prioriteit", "0").strip());
        } catch (NumberFormatException e) {
            problems.add("Voorrang: schrijf een heel getal, bijvoorbeeld 0 of 10.");
        }
        SourceDefinition edited = new SourceDefinition(current.id(), current.name(), current.url(),
                FORMATS.contains(format) ? format : current.format(), schedule, recipe, audiences, themes, wijk,
                priority, current.ownerEmail(), current.paused());
        return new Read(edited, problems);
    }

    private static List<String> ids(String text, List<String> known, String label, List<String> problems) {
        List<String> ids = text == null ? List.of() : Arrays.stream(text.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        List<String> unknown = ids.stream().filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty()) {
            problems.add(label + ": " + String.join(", ", unknown) + " staat niet in de indeling. Kies uit: "
                    + String.join(", ", known) + ".");
        }
        return ids.stream().filter(known::contains).toList();
    }
}
