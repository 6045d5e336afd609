package nl.bijeen.connectors.html.recipe;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

import com.fasterxml.jackson.databind.JsonNode;

/** One node of a recipe's YAML with its key path, so every check can name the key it is about. */
final class RecipeNode {

    private final String recipe;
    private final Path file;
    private final String path;
    private final JsonNode node;

    RecipeNode(String recipe, Path file, String path, JsonNode node) {
        this.recipe = recipe;
        this.file = file;
        this.path = path;
        this.node = node;
    }

    RecipeException problem(String key, String message, Throwable cause) {
        return new RecipeException(recipe, file, pathOf(key), message, cause);
    }

    private String pathOf(String key) {
        if (key == null) {
            return path.isEmpty() ? null : path;
        }
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean isText() {
        return node.isTextual() || node.isNumber() || node.isBoolean();
    }

    void requireObject() throws RecipeException {
        if (!node.isObject()) {
            throw problem(null, "must be a map of keys, not " + describe(node), null);
        }
    }

    void allowOnly(Collection<String> known) throws RecipeException {
        List<String> unknown = RecipeKeys.unknown(node::fieldNames, known);
        if (!unknown.isEmpty()) {
            String key = unknown.getFirst();
            String hint = RecipeKeys.nearest(key, known).map(k -> " (did you mean '" + k + "'?)")
                    .orElse(" (known keys: " + String.join(", ", known) + ")");
            throw problem(key, "is not a known key" + hint, null);
        }
    }

    boolean has(String key) {
        return node.has(key) && !node.get(key).isNull();
    }

    RecipeNode child(String key) {
        return new RecipeNode(recipe, file, pathOf(key), node.get(key));
    }

    void requireKey(String key) throws RecipeException {
        requireKey(key, "");
    }

    void requireKey(String key, String hint) throws RecipeException {
        if (!has(key)) {
            throw problem(key, ("is required " + hint).strip(), null);
        }
    }

    RecipeNode requiredChild(String key) throws RecipeException {
        requireKey(key);
        return child(key);
    }

    String text() throws RecipeException {
        if (!isText() || node.asText().isBlank()) {
            throw problem(null, "must be a text, not " + describe(node), null);
        }
        return node.asText();
    }

    String optionalText(String key) throws RecipeException {
        return has(key) ? child(key).text() : null;
    }

    boolean optionalBoolean(String key, boolean otherwise) throws RecipeException {
        if (!has(key)) {
            return otherwise;
        }
        if (!node.get(key).isBoolean()) {
            throw problem(key, "must be true or false, not " + describe(node.get(key)), null);
        }
        return node.get(key).asBoolean();
    }

    int optionalInt(String key, int otherwise) throws RecipeException {
        if (!has(key)) {
            return otherwise;
        }
        if (!node.get(key).isInt()) {
            throw problem(key, "must be a whole number, not " + describe(node.get(key)), null);
        }
        return node.get(key).asInt();
    }

    /** A list of texts; a single text counts as a list of one. */
    List<RecipeNode> textList() throws RecipeException {
        if (isText()) {
            return List.of(this);
        }
        if (!node.isArray()) {
            throw problem(null, "must be a list of texts, not " + describe(node), null);
        }
        List<RecipeNode> entries = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            RecipeNode entry = new RecipeNode(recipe, file, path + "[" + i + "]", node.get(i));
            entry.text();
            entries.add(entry);
        }
        return entries;
    }

    /** A text that must be a CSS selector jsoup can parse. */
    String selector() throws RecipeException {
        String css = text();
        try {
            QueryParser.parse(css);
            return css;
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            throw problem(null, "'" + css + "' is not a valid CSS selector: " + e.getMessage(), e);
        }
    }

    String requiredSelector(String key) throws RecipeException {
        return requiredChild(key).selector();
    }

    private static String describe(JsonNode node) {
        if (node.isObject()) {
            return "a map";
        }
        if (node.isArray()) {
            return "a list";
        }
        return node.isTextual() ? "'" + node.asText() + "'" : node.toString();
    }
}
