package nl.bijeen.aggregator.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks one entry of sources.yml and turns it into a {@link SourceDefinition}; remembers ids to catch duplicates. */
final class SourceEntryReader {

    static final List<String> KEYS = List.of("id", "name", "url", "format", "schedule", "recipe", "audiences", "themes",
            "wijk", "priority", "owner-email", "paused");
    static final Set<String> FORMATS = Set.of("auto", "ical", "feed", "jsonld", "html", "recipe");
    private static final Set<String> SCHEMES = Set.of("http", "https", "webcal");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,99}");
    private static final Pattern RECIPE = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private final Set<String> ids = new HashSet<>();

    Optional<SourceDefinition> read(JsonNode entry, int position, List<String> problems) {
        String label = label(entry, position);
        if (!entry.isObject()) {
            problems.add(label + ": must be a mapping of the keys " + String.join(", ", KEYS)
                    + " (id and url are required)");
            return Optional.empty();
        }
        int before = problems.size();
        unknownKeys(entry, label, problems);
        String id = text(entry, "id", label, problems);
        String name = text(entry, "name", label, problems);
        String url = text(entry, "url", label, problems);
        String format = text(entry, "format", label, problems);
        String schedule = text(entry, "schedule", label, problems);
        String recipe = text(entry, "recipe", label, problems);
        checkId(id, label, problems);
        URI uri = checkUrl(url, label, problems);
        if (format != null && !FORMATS.contains(format)) {
            problems.add(label + ": format '" + format + "' is unknown (use one of " + String.join(", ", FORMAT_LIST)
                    + ")");
        }
        String effectiveFormat = checkRecipe(recipe, format, label, problems);
        Duration every = checkSchedule(schedule, label, problems);
        SourceSettingsReader.Settings settings = SourceSettingsReader.read(entry, label, problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new SourceDefinition(id, name, uri, effectiveFormat, every, recipe, settings.audiences(),
                settings.themes(), settings.wijk(), settings.priority(), settings.ownerEmail(), settings.paused()));
    }

    private static final List<String> FORMAT_LIST = List.of("auto", "ical", "feed", "jsonld", "html", "recipe");

    /** A recipe makes the source a recipe source; format recipe without a recipe name is a mistake. */
    private static String checkRecipe(String recipe, String format, String label, List<String> problems) {
        if (recipe == null) {
            if ("recipe".equals(format)) {
                problems.add(label + ": format 'recipe' needs a 'recipe' key naming a file in config/recipes/");
            }
            return format;
        }
        if (!RECIPE.matcher(recipe).matches()) {
            problems.add(label + ": recipe '" + recipe + "' must be the name of a file in config/recipes/ without .yml"
                    + " (lowercase letters, digits and '-')");
        }
        if (format != null && !"auto".equals(format) && !"recipe".equals(format)) {
            problems.add(label + ": a source with a recipe is read by that recipe; remove format '" + format + "'");
        }
        return "recipe";
    }

    private static String label(JsonNode entry, int position) {
        JsonNode id = entry.path("id");
        return "entry " + position + (id.isTextual() ? " (id '" + id.asText() + "')" : "");
    }

    private static void unknownKeys(JsonNode entry, String label, List<String> problems) {
        for (Map.Entry<String, JsonNode> field : entry.properties()) {
            String key = field.getKey();
            if (!KEYS.contains(key)) {
                problems.add(label + ": unknown key '" + key + "' (allowed: " + String.join(", ", KEYS) + ")");
            }
        }
    }

    /** The key's text, {@code null} when absent; anything but a plain value is a problem. */
    static String text(JsonNode entry, String key, String label, List<String> problems) {
        JsonNode value = entry.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            problems.add(label + ": '" + key + "' must be a single value, not a list or mapping");
            return null;
        }
        String text = value.asText().trim();
        return text.isEmpty() ? null : text;
    }

    private void checkId(String id, String label, List<String> problems) {
        if (id == null) {
            problems.add(label + ": missing key 'id' (a short name such as 'buurthuis-de-kern-agenda')");
        } else if (!ID.matcher(id).matches()) {
            problems.add(label + ": id '" + id + "' may only contain letters, digits and '-' (at most 100)");
        } else if (!ids.add(id.toLowerCase(Locale.ROOT))) {
            problems.add(label + ": id '" + id + "' is used by an earlier entry; ids must be unique");
        }
    }

    private static URI checkUrl(String url, String label, List<String> problems) {
        if (url == null) {
            problems.add(label + ": missing key 'url' (the address of the feed or page)");
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!SCHEMES.contains(scheme) || uri.getHost() == null) {
                problems.add(label + ": url '" + url + "' must be a full address starting with http://, https://"
                        + " or webcal://");
                return null;
            }
            return uri;
        } catch (URISyntaxException e) {
            problems.add(label + ": url '" + url + "' is not a valid address (" + e.getReason() + ")");
            return null;
        }
    }

    private static Duration checkSchedule(String schedule, String label, List<String> problems) {
        if (schedule == null) {
            return null;
        }
        try {
            return Schedules.parse(schedule);
        } catch (IllegalArgumentException e) {
            problems.add(label + ": schedule " + e.getMessage());
            return null;
        }
    }
}
