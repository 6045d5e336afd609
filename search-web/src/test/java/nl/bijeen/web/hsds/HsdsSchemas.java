package nl.bijeen.web.hsds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.format.PatternFormat;

/**
 * The copy of Open Referral's HSDS 3.0 schema in {@code src/test/resources/hsds/schema} (see its README), used two
 * ways: validated by an independent JSON Schema validator with format assertions on (e-mail, URI), and walked for
 * fields the schema does not declare, because HSDS does not forbid extra fields and a misspelt field would
 * otherwise pass unnoticed.
 */
final class HsdsSchemas {

    private static final String FOLDER = "hsds/schema/";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /**
     * JSON Schema's "email" format is RFC 5321 mailbox syntax. The validator's own check also wants a top-level domain
     * from the IANA list, which the demo world's addresses (info@….example, the TLD RFC 2606 reserves for examples)
     * do not have; so the syntax is checked here: a local part, one @, and a domain of dot-separated labels.
     */
    private static final JsonMetaSchema META = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
            .format(PatternFormat.of("email",
                    "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$",
                    "must be an e-mail address (RFC 5321 mailbox)"))
            .build();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.metaSchema(META));
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
    private static final Map<String, JsonNode> RAW = new ConcurrentHashMap<>();

    private HsdsSchemas() {
    }

    /** What the validator says is wrong with {@code record} as a {@code table} record ("organization"); empty if valid. */
    static Set<ValidationMessage> violations(String table, JsonNode record) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(table,
                t -> FACTORY.getSchema(SchemaLocation.of("classpath:" + FOLDER + t + ".json"), CONFIG));
        return schema.validate(record);
    }

    /** Paths of fields in {@code record} that the schema of {@code table} does not declare, nested records included. */
    static List<String> undeclared(String table, JsonNode record) {
        List<String> found = new ArrayList<>();
        walk(raw(table), record, table, found);
        return found;
    }

    private static void walk(JsonNode schema, JsonNode value, String path, List<String> found) {
        if (schema.has("$ref")) {
            walk(raw(schema.get("$ref").asText().replace(".json", "")), value, path, found);
        } else if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                walk(schema.get("items"), value.get(i), path + "[" + i + "]", found);
            }
        } else if (value.isObject()) {
            JsonNode properties = schema.path("properties");
            for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!properties.has(name)) {
                    found.add(path + "." + name);
                } else {
                    walk(properties.get(name), value.get(name), path + "." + name, found);
                }
            }
        }
    }

    /** The schema file as JSON (for its declared fields and types). */
    static JsonNode raw(String table) {
        return RAW.computeIfAbsent(table, t -> {
            try (InputStream in = HsdsSchemas.class.getClassLoader().getResourceAsStream(FOLDER + t + ".json")) {
                if (in == null) {
                    throw new IllegalArgumentException("no HSDS schema for " + t);
                }
                return MAPPER.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
