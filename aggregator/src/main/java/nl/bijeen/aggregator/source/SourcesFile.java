package nl.bijeen.aggregator.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads {@code config/sources.yml}: a list under {@code sources:} of entries with the keys id, name, url, format,
 * schedule and recipe, and the settings audiences, themes, wijk, priority, owner-email and paused (the file's
 * comment header explains each). Every problem in the file is reported at once, each naming the entry and the key.
 */
public final class SourcesFile {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private SourcesFile() {
    }

    public static List<SourceDefinition> load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new SourcesFileException(file.toString(), List.of("the file does not exist"));
        } catch (IOException e) {
            throw new SourcesFileException(file.toString(), List.of("the file cannot be read: " + e.getMessage()));
        }
        return parse(text, file.toString());
    }

    /** Parses the text of a sources file; {@code fileName} only appears in error messages. */
    public static List<SourceDefinition> parse(String yaml, String fileName) {
        JsonNode root = readTree(yaml, fileName);
        List<String> problems = new ArrayList<>();
        JsonNode list = sourcesList(root, problems);
        List<SourceDefinition> sources = new ArrayList<>();
        SourceEntryReader reader = new SourceEntryReader();
        for (int i = 0; i < list.size(); i++) {
            reader.read(list.get(i), i + 1, problems).ifPresent(sources::add);
        }
        if (!problems.isEmpty()) {
            throw new SourcesFileException(fileName, problems);
        }
        return List.copyOf(sources);
    }

    private static JsonNode readTree(String yaml, String fileName) {
        try {
            JsonNode root = YAML.readTree(yaml);
            return root == null || root.isMissingNode() ? YAML.createObjectNode() : root;
        } catch (JsonProcessingException e) {
            throw new SourcesFileException(fileName, List.of("it is not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")")));
        }
    }

    private static JsonNode sourcesList(JsonNode root, List<String> problems) {
        if (!root.isObject()) {
            problems.add("the file must be a mapping with the key 'sources' (a list)");
            return YAML.createArrayNode();
        }
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            String key = field.getKey();
            if (!key.equals("sources")) {
                problems.add("unknown top-level key '" + key + "' (only 'sources' is allowed)");
            }
        }
        JsonNode list = root.path("sources");
        if (list.isMissingNode() || list.isNull()) {
            return YAML.createArrayNode();
        }
        if (!list.isArray()) {
            problems.add("'sources' must be a list of entries (start each with '- id: ...'), or [] for none");
            return YAML.createArrayNode();
        }
        return list;
    }
}
