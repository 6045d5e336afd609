package nl.bijeen.connectors.classify;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** Reads taxonomy.yml strictly: unknown keys, duplicate ids and empty keyword lists stop the load with a message. */
final class TaxonomyReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> TOP_KEYS = Set.of("negations", "audiences", "themes");
    private static final Set<String> ENTRY_KEYS = Set.of("id", "label", "keywords", "not");

    private final String name;
    private final Set<String> ids = new HashSet<>();

    TaxonomyReader(String name) {
        this.name = name;
    }

    Taxonomy read(InputStream yaml) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (IOException e) {
            throw fail("is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject()) {
            throw fail("must be a mapping with the keys audiences and themes");
        }
        unknownKeys(root, TOP_KEYS, "");
        List<String> negations = root.has("negations") ? words(root.get("negations"), "negations", true) : List.of();
        return new Taxonomy(negations, entries(root, "audiences"), entries(root, "themes"));
    }

    private List<Taxonomy.Entry> entries(JsonNode root, String key) {
        JsonNode list = root.get(key);
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw fail("needs a non-empty list under '" + key + "'");
        }
        List<Taxonomy.Entry> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            entries.add(entry(list.get(i), key + "[" + i + "]"));
        }
        return entries;
    }

    private Taxonomy.Entry entry(JsonNode node, String where) {
        if (!node.isObject()) {
            throw fail(where + " must be a mapping with id, label and keywords");
        }
        String id = text(node, "id", where);
        where = where + " (id '" + id + "')";
        if (!ID.matcher(id).matches()) {
            throw fail(where + ": id must be lowercase letters, digits and '-'");
        }
        if (!ids.add(id)) {
            throw fail(where + ": duplicate id '" + id + "' (ids must be unique across audiences and themes)");
        }
        unknownKeys(node, ENTRY_KEYS, where);
        String label = text(node, "label", where);
        List<String> keywords = words(node.get("keywords"), where + ": keywords", false);
        List<String> not = node.has("not") ? words(node.get("not"), where + ": not", true) : List.of();
        return new Taxonomy.Entry(id, label, keywords, not);
    }

    private String text(JsonNode node, String key, String where) {
        JsonNode value = node.get(key);
        if (value == null || !value.isValueNode() || value.asText().isBlank()) {
            throw fail(where + ": '" + key + "' is missing or empty");
        }
        return value.asText().strip();
    }

    private List<String> words(JsonNode list, String where, boolean mayBeEmpty) {
        if (list == null || list.isNull()) {
            throw fail(where + " is missing; give a list of Dutch words");
        }
        if (!list.isArray()) {
            throw fail(where + " must be a list, like [ouderen, senioren]");
        }
        if (list.isEmpty() && !mayBeEmpty) {
            throw fail(where + " is empty; give at least one Dutch word");
        }
        List<String> words = new ArrayList<>();
        for (JsonNode word : list) {
            if (!word.isValueNode() || Keyword.parse(word.asText()) == null) {
                throw fail(where + " holds an empty or unusable keyword: '" + word + "'");
            }
            words.add(word.asText().strip());
        }
        return words;
    }

    private void unknownKeys(JsonNode node, Set<String> known, String where) {
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!known.contains(key)) {
                String prefix = where.isEmpty() ? "" : where + ": ";
                String knownKeys = String.join(", ", known.stream().sorted().toList());
                throw fail(prefix + "unknown key '" + key + "' (known keys: " + knownKeys + ")");
            }
        }
    }

    private TaxonomyException fail(String problem) {
        return new TaxonomyException(name + " " + problem);
    }
}
