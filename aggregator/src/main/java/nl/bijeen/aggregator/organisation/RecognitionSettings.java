package nl.bijeen.aggregator.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * What recognising organisations needs from the operator's config: the town and wijk names a naming may end in
 * ("Stichting Welzijnskwartier Katwijk"), the e-mail providers whose domain says nothing about who writes
 * (gmail.com), and which words and schema.org types lead to which {@code OrganisationKind}.
 *
 * @param towns               lower-case town and wijk names, as they may trail an organisation's name
 * @param genericMailDomains  e-mail domains shared by unrelated people and organisations
 * @param kindWords           OrganisationKind code → words of a name or stated kind that give that kind, in order
 * @param typeWords           words that say what sort of place an organisation is ("buurthuis"), not which one
 */
public record RecognitionSettings(Set<String> towns, Set<String> genericMailDomains,
                                  Map<String, List<String>> kindWords, Set<String> typeWords) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    public RecognitionSettings {
        towns = Set.copyOf(towns);
        genericMailDomains = Set.copyOf(genericMailDomains);
        // in the configured order, which decides between kinds (Map.copyOf would shuffle it per JVM)
        kindWords = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(kindWords));
        typeWords = Set.copyOf(typeWords);
    }

    /** Without a config folder (tests of other parts): no towns, no kinds, the best-known mail providers. */
    public static RecognitionSettings defaults() {
        return new RecognitionSettings(Set.of(), Set.of("gmail.com", "hotmail.com", "outlook.com", "live.nl",
                "ziggo.nl", "kpnmail.nl", "hetnet.nl", "planet.nl", "xs4all.nl", "yahoo.com", "icloud.com"), Map.of(),
                Set.of());
    }

    /**
     * From {@code organisations.yml} in the config folder plus the wijk names of the Katwijk boundaries file in
     * {@code geo/} (the names sources put after an organisation's name are the town's and its wijken's).
     */
    public static RecognitionSettings fromConfigDir(Path configDir) {
        Path file = configDir.resolve("organisations.yml");
        if (!Files.isRegularFile(file)) {
            return defaults();
        }
        JsonNode root = read(file);
        Set<String> towns = new TreeSet<>(strings(root.path("towns")));
        JsonNode boundaries = root.path("wijkBoundaries");
        if (boundaries.isTextual()) {
            towns.addAll(wijkNames(configDir.resolve(boundaries.asText())));
        }
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        root.path("kinds").properties().forEach(e -> kinds.put(e.getKey(), strings(e.getValue())));
        return new RecognitionSettings(towns, Set.copyOf(strings(root.path("genericMailDomains"))), kinds,
                Set.copyOf(strings(root.path("typeWords"))));
    }

    private static List<String> wijkNames(Path geojson) {
        List<String> names = new ArrayList<>();
        read(geojson).path("features").forEach(f -> {
            String name = f.path("properties").path("statnaam").asText("");
            if (!name.isBlank()) {
                names.add(name.toLowerCase(java.util.Locale.ROOT));
            }
        });
        return names;
    }

    private static JsonNode read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode root = YAML.readTree(in); // JSON is YAML too: the boundaries file reads the same way
            return root == null ? YAML.createObjectNode() : root;
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText().toLowerCase(java.util.Locale.ROOT).trim()));
        return values;
    }
}
