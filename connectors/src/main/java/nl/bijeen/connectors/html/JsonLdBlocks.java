package nl.bijeen.connectors.html;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import nl.bijeen.connectors.model.Warning;

/**
 * The page's {@code <script type="application/ld+json">} blocks, parsed with Jackson. Parsing forgives what CMSes
 * commonly produce (raw newlines in strings, trailing commas, comments, HTML-comment or CDATA wrappers); a block
 * that is still not JSON becomes a warning naming its number, and the other blocks are used.
 */
final class JsonLdBlocks {

    static final int MAX_BLOCKS = 100;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();

    private JsonLdBlocks() {
    }

    static List<JsonNode> parse(org.jsoup.nodes.Document page, Consumer<Warning> warnings) {
        List<JsonNode> blocks = new ArrayList<>();
        List<Element> scripts = page.select("script[type~=(?i)^\\s*application/ld\\+json]");
        for (int i = 0; i < scripts.size(); i++) {
            int number = i + 1;
            if (number > MAX_BLOCKS) {
                warnings.accept(new Warning(null, "the page has " + scripts.size() + " JSON-LD blocks: only the first "
                        + MAX_BLOCKS + " are read"));
                break;
            }
            try {
                blocks.addAll(read(unwrap(scripts.get(i).data())));
            } catch (JacksonException invalid) {
                JsonLocation at = invalid.getLocation();
                String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
                warnings.accept(new Warning("JSON-LD block " + number, "JSON-LD block " + number
                        + " is not valid JSON" + where + ": ignored, the other blocks are still read"));
            }
        }
        return blocks;
    }

    /**
     * Every JSON value in the script: some templates print two objects one after the other without an array
     * around them, site builders (Wix, Squarespace) print the JSON-LD HTML-escaped or as one JSON string.
     */
    private static List<JsonNode> read(String script) throws JacksonException {
        String json = script;
        if (json.startsWith("{&quot;") || json.startsWith("[&quot;") || json.startsWith("{&#34;")) {
            json = Parser.unescapeEntities(json, false);
        }
        List<JsonNode> values = new ArrayList<>();
        try (MappingIterator<JsonNode> trees = JSON.readerFor(JsonNode.class).readValues(json)) {
            while (trees.hasNextValue()) {
                JsonNode tree = trees.nextValue();
                values.add(tree.isTextual() && tree.asText().strip().matches("(?s)^[\\[{].*") ? JSON.readTree(tree.asText()) : tree);
            }
        } catch (IOException | RuntimeException invalid) {
            if (invalid instanceof JacksonException jackson) {
                throw jackson;
            }
            if (invalid.getCause() instanceof JacksonException jackson) {
                throw jackson;
            }
            throw new JsonParseException(null, invalid.getMessage());
        }
        return values;
    }

    /** Removes the {@code <!-- -->} and {@code //<![CDATA[ //]]>} wrappers old CMS templates put around scripts. */
    private static String unwrap(String script) {
        String s = script.strip();
        s = s.replaceFirst("^(//\\s*)?<!\\[CDATA\\[", "").replaceFirst("(//\\s*)?]]>$", "").strip();
        // Whole comments before or after the JSON ("<!-- Schema by plugin X -->") go first, then bare wrappers.
        s = s.replaceFirst("^(<!--[^{\\[]*?-->\\s*)+", "").replaceFirst("(\\s*<!--[^}\\]]*?-->)+$", "").strip();
        s = s.replaceFirst("^<!--", "").replaceFirst("-->$", "").strip();
        return s;
    }
}
