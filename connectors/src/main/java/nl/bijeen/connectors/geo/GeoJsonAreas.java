package nl.bijeen.connectors.geo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.bijeen.connectors.model.Warning;

/**
 * Reads CBS wijk or buurt boundaries from a GeoJSON FeatureCollection (WGS84, [lon, lat]): each feature's
 * {@code statcode} and {@code statnaam} name the area, its Polygon or MultiPolygon is the boundary. A feature that
 * cannot be used is skipped with a warning; the others are kept.
 */
final class GeoJsonAreas {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The areas of one file and what was skipped. */
    record Result(List<AreaShape> shapes, List<Warning> warnings) {
    }

    private GeoJsonAreas() {
    }

    static Result read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new IOException("boundary file " + file + " does not exist", e);
        }
    }

    static Result read(InputStream in, String name) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JacksonException e) {
            throw new IOException(name + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.path("features").isArray()) {
            throw new IOException(name + " is not a GeoJSON FeatureCollection (it has no \"features\" list)");
        }
        List<AreaShape> shapes = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        int position = 0;
        for (JsonNode feature : root.path("features")) {
            position++;
            String ref = name + " feature " + position;
            try {
                shapes.add(shape(feature));
            } catch (IllegalArgumentException e) {
                warnings.add(new Warning(ref, "boundary skipped: " + e.getMessage()));
            }
        }
        return new Result(shapes, warnings);
    }

    private static AreaShape shape(JsonNode feature) {
        JsonNode properties = feature.path("properties");
        String code = properties.path("statcode").asText("").strip();
        if (code.isEmpty()) {
            throw new IllegalArgumentException("it has no statcode");
        }
        Area area = new Area(code, properties.path("statnaam").asText(null));
        JsonNode geometry = feature.path("geometry");
        String type = geometry.path("type").asText("");
        JsonNode coordinates = geometry.path("coordinates");
        List<AreaShape.Polygon> polygons = new ArrayList<>();
        switch (type) {
            case "Polygon" -> polygons.add(polygon(coordinates, code));
            case "MultiPolygon" -> coordinates.forEach(p -> polygons.add(polygon(p, code)));
            default -> throw new IllegalArgumentException(code + " has geometry type \"" + type
                    + "\"; only Polygon and MultiPolygon bound an area");
        }
        return new AreaShape(area, polygons);
    }

    private static AreaShape.Polygon polygon(JsonNode rings, String code) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException(code + " has a polygon without rings");
        }
        List<Ring> all = new ArrayList<>();
        rings.forEach(r -> all.add(ring(r, code)));
        return new AreaShape.Polygon(all.getFirst(), all.subList(1, all.size()));
    }

    private static Ring ring(JsonNode points, String code) {
        int n = points.size();
        double[] lons = new double[n];
        double[] lats = new double[n];
        for (int i = 0; i < n; i++) {
            JsonNode p = points.get(i);
            if (!p.path(0).isNumber() || !p.path(1).isNumber()) {
                throw new IllegalArgumentException(code + " has a point that is not [lon, lat]: " + p);
            }
            lons[i] = p.get(0).asDouble();
            lats[i] = p.get(1).asDouble();
        }
        if (n < 4) {
            throw new IllegalArgumentException(
                    code + " has a ring of " + n + " points; a closed ring needs at least 4");
        }
        return new Ring(lons, lats);
    }
}
