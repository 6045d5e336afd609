package nl.bijeen.aggregator.source;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks the keys of a sources.yml entry that say what Bijeen assumes about a source beyond its address: audiences,
 * themes, wijk, priority, owner-email and paused. Audience and theme ids are checked for their shape only here (the
 * taxonomy is not at hand when the file is read); {@link SourceDefaultIds} checks them against the taxonomy when
 * the aggregator starts.
 */
final class SourceSettingsReader {

    static final List<String> KEYS = List.of("audiences", "themes", "wijk", "priority", "owner-email", "paused");
    static final int MIN_PRIORITY = -100;
    static final int MAX_PRIORITY = 100;
    private static final Pattern TAXONOMY_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,49}");
    private static final Pattern WIJK = Pattern.compile("WK[0-9]{6}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    /** The values as read; a problem adds a message naming the entry and the key, and leaves the default. */
    record Settings(List<String> audiences, List<String> themes, String wijk, int priority, String ownerEmail,
                    boolean paused) {
    }

    private SourceSettingsReader() {
    }

    static Settings read(JsonNode entry, String label, List<String> problems) {
        return new Settings(ids(entry, "audiences", "senioren", label, problems),
                ids(entry, "themes", "bewegen", label, problems), wijk(entry, label, problems),
                priority(entry, label, problems), email(entry, label, problems), paused(entry, label, problems));
    }

    /** A list of taxonomy ids, or one id on its own. */
    private static List<String> ids(JsonNode entry, String key, String example, String label, List<String> problems) {
        JsonNode value = entry.get(key);
        if (value == null || value.isNull()) {
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        if (value.isObject()) {
            problems.add(label + ": '" + key + "' must be one id or a list of ids, such as [" + example + "]");
            return List.of();
        }
        if (value.isArray()) {
            value.forEach(items::add);
        } else {
            items.add(value);
        }
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode item : items) {
            String id = item.isValueNode() ? item.asText().trim() : item.toString();
            if (!item.isTextual() || !TAXONOMY_ID.matcher(id).matches()) {
                problems.add(label + ": " + key + " '" + id + "' is not an id from config/taxonomy.yml (lowercase"
                        + " letters, digits and '-', such as '" + example + "')");
            } else {
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }

    private static String wijk(JsonNode entry, String label, List<String> problems) {
        String wijk = SourceEntryReader.text(entry, "wijk", label, problems);
        if (wijk != null && !WIJK.matcher(wijk).matches()) {
            problems.add(label + ": wijk '" + wijk + "' must be a CBS wijk code: WK and six digits, such as WK053701");
            return null;
        }
        return wijk;
    }

    private static int priority(JsonNode entry, String label, List<String> problems) {
        JsonNode value = entry.get("priority");
        if (value == null || value.isNull()) {
            return 0;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < MIN_PRIORITY
                || value.asInt() > MAX_PRIORITY) {
            problems.add(label + ": priority '" + value.asText() + "' must be a whole number from " + MIN_PRIORITY
                    + " to " + MAX_PRIORITY + " (default 0; higher wins when duplicates merge)");
            return 0;
        }
        return value.asInt();
    }

    private static String email(JsonNode entry, String label, List<String> problems) {
        String email = SourceEntryReader.text(entry, "owner-email", label, problems);
        if (email != null && (email.length() > 320 || !EMAIL.matcher(email).matches())) {
            problems.add(label + ": owner-email '" + email + "' is not an e-mail address (such as"
                    + " agenda@buurthuis.nl)");
            return null;
        }
        return email;
    }

    private static boolean paused(JsonNode entry, String label, List<String> problems) {
        JsonNode value = entry.get("paused");
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            problems.add(label + ": paused '" + value.asText() + "' must be true or false");
            return false;
        }
        return value.asBoolean();
    }
}
