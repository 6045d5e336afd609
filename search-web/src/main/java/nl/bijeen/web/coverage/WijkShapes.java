package nl.bijeen.web.coverage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import nl.bijeen.web.config.BijeenProperties;
import nl.bijeen.web.config.GeoProperties;

/**
 * The wijk boundaries the application already uses to place activities (bijeen.geo.wijk-file), as GeoJSON features
 * with the counts of one map added: the choropleth map colours them. Read once; the file is small (generalised
 * CBS boundaries). Only the geometry and the CBS code are passed on, never other properties of the file.
 */
@Singleton
public class WijkShapes {

    private static final Logger LOG = LoggerFactory.getLogger(WijkShapes.class);

    /** code → geometry, in the file's order. */
    private final Map<String, Object> geometries;

    WijkShapes(GeoProperties geo, BijeenProperties bijeen, JsonMapper json) {
        this.geometries = read(geo.toSettings(bijeen.configPath(), "bijeen").wijkFile(), json);
    }

    /** A FeatureCollection with per wijk: code, naam, aantal (this period), vorige (previous period), aanbod. */
    Map<String, Object> withCounts(List<MapRow> rows) {
        List<Map<String, Object>> features = new ArrayList<>();
        for (MapRow row : rows) {
            Object geometry = geometries.get(row.code());
            if (geometry == null) {
                continue; // "Wijk onbekend" has no shape; it is in the table
            }
            Map<String, Object> properties = new HashMap<>();
            properties.put("code", row.code());
            properties.put("naam", row.name());
            properties.put("aantal", row.count());
            properties.put("vorige", row.previous());
            properties.put("aanbod", row.mark());
            features.add(Map.of("type", "Feature", "geometry", geometry, "properties", properties));
        }
        return Map.of("type", "FeatureCollection", "features", features);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(Path file, JsonMapper json) {
        Map<String, Object> found = new java.util.LinkedHashMap<>();
        if (file == null || !Files.isRegularFile(file)) {
            return found;
        }
        try {
            Map<String, Object> collection = json.readValue(Files.readAllBytes(file), Map.class);
            for (Object f : (List<Object>) collection.getOrDefault("features", List.of())) {
                Map<String, Object> feature = (Map<String, Object>) f;
                Map<String, Object> properties = (Map<String, Object>) feature.getOrDefault("properties", Map.of());
                Object code = properties.get("statcode");
                if (code != null && feature.get("geometry") != null) {
                    found.put(code.toString(), feature.get("geometry"));
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Wijk boundaries for the coverage map could not be read: {}", e.getMessage());
        }
        return found;
    }

    /** One wijk on the map and in the table under it. */
    public record MapRow(String code, String name, long count, long previous, String mark) {
    }
}
