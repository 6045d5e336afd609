package nl.bijeen.web.hsds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.bijeen.web.export.CsvWriter;

/**
 * The HSDS tabular form: every record of the JSON export in the table its kind belongs to (organizations.csv,
 * services.csv, locations.csv, …), one column per plain field, nested records replaced by the id fields that
 * already link them, and a Frictionless {@code datapackage.json} naming each table and its fields, all in one zip.
 * Built from the same JSON documents as the API, so both forms always say the same.
 */
final class HsdsDataPackage {

    /** Array or object field of a record → the table its records go to. */
    private static final Map<String, String> TABLES = Map.ofEntries(
            Map.entry("phones", "phones"), Map.entry("locations", "locations"), Map.entry("location", "locations"),
            Map.entry("addresss", "addresses"), Map.entry("schedules", "schedules"),
            Map.entry("service_at_locations", "service_at_locations"), Map.entry("fundings", "fundings"),
            Map.entry("cost_options", "cost_options"), Map.entry("attributes", "attributes"),
            Map.entry("taxonomy_term", "taxonomy_terms"), Map.entry("taxonomy", "taxonomies"));
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, Map<String, ObjectNode>> tables = new LinkedHashMap<>();

    /** Adds a record and everything nested in it; a record seen before (same table and id) is kept once. */
    void add(String table, ObjectNode record) {
        ObjectNode flat = record.objectNode();
        record.properties().forEach(field -> {
            JsonNode value = field.getValue();
            String nested = TABLES.get(field.getKey());
            if (nested != null && value.isArray()) {
                value.forEach(child -> add(nested, (ObjectNode) child));
            } else if (nested != null && value.isObject()) {
                add(nested, (ObjectNode) value);
            } else if (value.isValueNode()) {
                flat.set(field.getKey(), value);
            }
        });
        tables.computeIfAbsent(table, t -> new LinkedHashMap<>()).putIfAbsent(flat.get("id").asText(), flat);
    }

    /** The zip: one CSV per table and the data package descriptor. */
    byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            ObjectNode descriptor = MAPPER.createObjectNode().put("name", "bijeen-hsds")
                    .put("title", "Bijeen: organisaties en hun activiteiten (Open Referral HSDS 3.0)")
                    .put("profile", "tabular-data-package");
            ArrayNode resources = descriptor.putArray("resources");
            for (Map.Entry<String, Map<String, ObjectNode>> table : tables.entrySet()) {
                List<String> columns = columns(table.getValue().values());
                entry(zip, table.getKey() + ".csv", csv(columns, table.getValue().values()));
                resources.add(resource(table.getKey(), columns, table.getValue().values()));
            }
            entry(zip, "datapackage.json", descriptor.toPrettyString());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the HSDS data package", e);
        }
        return bytes.toByteArray();
    }

    private static List<String> columns(Iterable<ObjectNode> records) {
        Set<String> columns = new LinkedHashSet<>();
        records.forEach(r -> r.fieldNames().forEachRemaining(columns::add));
        return new ArrayList<>(columns);
    }

    private static String csv(List<String> columns, Iterable<ObjectNode> records) {
        CsvWriter csv = CsvWriter.forPrograms().row(columns);
        for (ObjectNode record : records) {
            csv.row(columns.stream().map(c -> record.hasNonNull(c) ? record.get(c).asText() : null).toList());
        }
        return csv.toString();
    }

    private static ObjectNode resource(String table, List<String> columns, Iterable<ObjectNode> records) {
        ObjectNode resource = MAPPER.createObjectNode().put("name", table).put("path", table + ".csv")
                .put("profile", "tabular-data-resource").put("format", "csv").put("mediatype", "text/csv")
                .put("encoding", "utf-8");
        ArrayNode fields = resource.putObject("schema").putArray("fields");
        for (String column : columns) {
            fields.addObject().put("name", column).put("type", type(column, records));
        }
        return resource;
    }

    private static String type(String column, Iterable<ObjectNode> records) {
        for (ObjectNode record : records) {
            if (record.hasNonNull(column)) {
                return record.get(column).isNumber() ? "number" : "string";
            }
        }
        return "string";
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
