package nl.bijeen.aggregator.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The CBS 2024 wijk boundaries of Katwijk (test resource), for checking that places lie in their wijk. */
final class KatwijkBoundaries {

    /** Per wijk code, its polygons; each polygon is a list of rings of [lon, lat] points, the first ring the outline. */
    private final Map<String, List<List<double[][]>>> wijken = new LinkedHashMap<>();

    KatwijkBoundaries(Path geojson) throws IOException {
        JsonNode features = new ObjectMapper().readTree(Files.readString(geojson)).get("features");
        for (JsonNode f : features) {
            JsonNode geometry = f.get("geometry");
            List<List<double[][]>> polygons = new ArrayList<>();
            if (geometry.get("type").asText().equals("Polygon")) {
                polygons.add(rings(geometry.get("coordinates")));
            } else {
                geometry.get("coordinates").forEach(p -> polygons.add(rings(p)));
            }
            wijken.put(f.get("properties").get("statcode").asText(), polygons);
        }
    }

    Map<String, List<List<double[][]>>> wijken() {
        return wijken;
    }

    /** The wijk the point lies in, if any. */
    Optional<String> wijkAt(double lat, double lon) {
        return wijken.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(p -> inPolygon(p, lon, lat)))
                .map(Map.Entry::getKey).findFirst();
    }

    private static List<double[][]> rings(JsonNode polygon) {
        List<double[][]> rings = new ArrayList<>();
        for (JsonNode ring : polygon) {
            double[][] points = new double[ring.size()][];
            for (int i = 0; i < ring.size(); i++) {
                points[i] = new double[] {ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble()};
            }
            rings.add(points);
        }
        return rings;
    }

    private static boolean inPolygon(List<double[][]> polygon, double x, double y) {
        if (!inRing(polygon.get(0), x, y)) {
            return false;
        }
        return polygon.stream().skip(1).noneMatch(hole -> inRing(hole, x, y));
    }

    /** Ray casting. */
    private static boolean inRing(double[][] ring, double x, double y) {
        boolean inside = false;
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            if ((ring[i][1] > y) != (ring[j][1] > y)
                    && x < (ring[j][0] - ring[i][0]) * (y - ring[i][1]) / (ring[j][1] - ring[i][1]) + ring[i][0]) {
                inside = !inside;
            }
        }
        return inside;
    }
}
