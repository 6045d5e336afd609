package nl.bijeen.connectors.html.recipe;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a recipe file and validates every key before the recipe is used, so a mistake is reported once, when the
 * recipe is loaded, with the key path and a "did you mean" — not as an empty agenda at night.
 */
public final class RecipeReader {

    static final List<String> TOP_KEYS = List.of("site", "zone", "items", "fields", "dates", "undated", "detail",
            "pagination", "publisher");
    static final int MAX_PAGES_LIMIT = 50;

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private RecipeReader() {
    }

    /** The recipe in {@code file}, named by the file's name without ".yml". */
    public static Recipe read(Path file) throws RecipeException {
        String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        try (InputStream in = Files.newInputStream(file)) {
            return read(name, file, in);
        } catch (IOException e) {
            throw new RecipeException(name, file, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The recipe {@code name} from {@code yaml}; {@code file} is only used in messages. */
    public static Recipe read(String name, Path file, InputStream yaml) throws RecipeException {
        RecipeNode root = new RecipeNode(name, file, "", parse(name, file, yaml));
        root.requireObject();
        root.allowOnly(TOP_KEYS);
        root.optionalText("site");
        String items = root.requiredSelector("items");
        boolean undatedOffer = undated(root);
        Map<String, FieldRule> fields = fields(root.requiredChild("fields"), true, !undatedOffer);
        return new Recipe(name, file, zone(root), items, fields, dates(root), undatedOffer, detail(root),
                pagination(root), publisher(root));
    }

    /** The publisher block: each part a field rule on the first list page, or a fixed value; name is required. */
    private static Map<String, FieldRule> publisher(RecipeNode root) throws RecipeException {
        if (!root.has("publisher")) {
            return Map.of();
        }
        RecipeNode node = root.child("publisher");
        node.requireObject();
        node.allowOnly(Recipe.PUBLISHER_FIELDS);
        node.requireKey("name");
        Map<String, FieldRule> rules = new LinkedHashMap<>();
        for (String part : Recipe.PUBLISHER_FIELDS) {
            if (node.has(part)) {
                String defaultAttr = part.equals("url") ? "href" : part.equals("logo") ? "src" : null;
                rules.put(part, FieldRules.read(node.child(part), false, false, defaultAttr));
            }
        }
        return rules;
    }

    private static JsonNode parse(String name, Path file, InputStream yaml) throws RecipeException {
        try {
            JsonNode node = YAML.readTree(yaml);
            if (node == null || node.isMissingNode() || node.isNull()) {
                throw new RecipeException(name, file, null, "is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new RecipeException(name, file, null, "is not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        } catch (IOException e) {
            throw new RecipeException(name, file, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static ZoneId zone(RecipeNode root) throws RecipeException {
        String zone = root.optionalText("zone");
        if (zone == null) {
            return null;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw root.problem("zone", "'" + zone + "' is not a time zone (e.g. Europe/Amsterdam)", e);
        }
    }

    private static boolean undated(RecipeNode root) throws RecipeException {
        String undated = root.optionalText("undated");
        if (undated == null || undated.equals("warn")) {
            return false;
        }
        if (undated.equals("offer")) {
            return true;
        }
        throw root.problem("undated", "'" + undated + "' must be 'offer' or 'warn'", null);
    }

    /** The field rules under {@code node}; on a list page the title is required, and the date unless undated. */
    private static Map<String, FieldRule> fields(RecipeNode node, boolean listPage, boolean dateRequired)
            throws RecipeException {
        node.requireObject();
        node.allowOnly(Recipe.FIELD_NAMES);
        if (listPage) {
            node.requireKey("title");
            if (dateRequired) {
                node.requireKey("date", "(or set 'undated: offer' when the site's items have no dates)");
            }
        }
        Map<String, FieldRule> rules = new LinkedHashMap<>();
        for (String field : Recipe.FIELD_NAMES) {
            if (node.has(field)) {
                boolean many = field.equals("audience") || field.equals("category");
                boolean html = field.equals("description");
                String defaultAttr = field.equals("link") || field.equals("organiserUrl") ? "href"
                        : field.equals("image") ? "src" : null;
                rules.put(field, FieldRules.read(node.child(field), many, html, defaultAttr));
            }
        }
        return rules;
    }

    private static RecipeDates dates(RecipeNode root) throws RecipeException {
        if (!root.has("dates")) {
            return new RecipeDates(List.of(), true);
        }
        RecipeNode dates = root.child("dates");
        dates.requireObject();
        dates.allowOnly(List.of("patterns", "dutch"));
        List<String> patterns = new ArrayList<>();
        List<RecipeNode> entries = dates.has("patterns") ? dates.child("patterns").textList() : List.of();
        for (RecipeNode entry : entries) {
            String pattern = entry.text();
            try {
                RecipeDates.formatter(pattern);
            } catch (IllegalArgumentException e) {
                throw entry.problem(null, "'" + pattern + "' is not a valid date pattern: " + e.getMessage(), e);
            }
            patterns.add(pattern);
        }
        boolean dutch = dates.optionalBoolean("dutch", patterns.isEmpty());
        if (patterns.isEmpty() && !dutch) {
            throw dates.problem(null, "needs 'patterns' or 'dutch: true': otherwise no date can be read", null);
        }
        return new RecipeDates(patterns, dutch);
    }

    private static Recipe.Detail detail(RecipeNode root) throws RecipeException {
        if (!root.has("detail")) {
            return null;
        }
        RecipeNode detail = root.child("detail");
        detail.requireObject();
        detail.allowOnly(List.of("link", "fields"));
        detail.requireKey("link");
        FieldRule link = FieldRules.read(detail.child("link"), false, false, "href");
        return new Recipe.Detail(link, fields(detail.requiredChild("fields"), false, false));
    }

    private static Recipe.Pagination pagination(RecipeNode root) throws RecipeException {
        if (!root.has("pagination")) {
            return null;
        }
        RecipeNode pagination = root.child("pagination");
        pagination.requireObject();
        pagination.allowOnly(List.of("next", "maxPages"));
        String next = pagination.requiredSelector("next");
        int maxPages = pagination.optionalInt("maxPages", 5);
        if (maxPages < 1 || maxPages > MAX_PAGES_LIMIT) {
            throw pagination.problem("maxPages", maxPages + " is out of range: use 1 to " + MAX_PAGES_LIMIT, null);
        }
        return new Recipe.Pagination(next, maxPages);
    }
}
