package nl.bijeen.aggregator.world;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.bijeen.connectors.geo.AreaMap;

/**
 * The real wijken of the Netherlands from config/geo/cbs-wijken-2024.geojson ("CBS / Kadaster, Wijk- en buurtkaart
 * 2024", CC-BY 4.0), grouped by municipality, with points picked inside a wijk's boundary. The boundary test is
 * the connectors' own {@link AreaMap}, so a generated place lies in the wijk the aggregator will assign it to.
 */
public final class CbsWijken {

    /** Random points tried in a wijk's rectangle before it counts as one without room for a venue. */
    private static final int POINT_TRIES = 100;

    private final Map<String, List<CbsWijk>> byMunicipality;
    private final AreaMap areas;

    private CbsWijken(Map<String, List<CbsWijk>> byMunicipality, AreaMap areas) {
        this.byMunicipality = byMunicipality;
        this.areas = areas;
    }

    /** Reads the national wijk file (one GeoJSON feature per line, as config/geo ships it). */
    public static CbsWijken load(Path geojson) {
        try {
            Map<String, List<CbsWijk>> byMunicipality = new LinkedHashMap<>();
            ObjectMapper json = new ObjectMapper();
            try (BufferedReader lines = Files.newBufferedReader(geojson)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String feature = line.strip();
                    if (feature.startsWith("{\"type\":\"Feature\"")) {
                        CbsWijk wijk = wijk(json.readTree(feature.endsWith(",")
                                ? feature.substring(0, feature.length() - 1) : feature));
                        byMunicipality.computeIfAbsent(wijk.municipality(), k -> new ArrayList<>()).add(wijk);
                    }
                }
            }
            return new CbsWijken(byMunicipality, AreaMap.load(geojson, null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CBS wijken " + geojson, e);
        }
    }

    /** Municipality codes in file order (which is by code). */
    public List<String> municipalities() {
        return List.copyOf(byMunicipality.keySet());
    }

    public List<CbsWijk> wijken(String municipality) {
        return byMunicipality.getOrDefault(municipality, List.of());
    }

    /**
     * A town name for addresses in {@code municipality}: the file has no municipality names, so the longest of its
     * wijk names (without a "Wijk 01 " prefix), which is the most particular one ("Centrum Almere Haven", not
     * "Centrum"): addresses of different municipalities must not share a town, as deduplication compares by it.
     */
    public String townName(String municipality) {
        return wijken(municipality).stream().map(w -> w.name().replaceFirst("^Wijk \\d+\\s*", "").strip())
                .filter(n -> !n.isEmpty()).max(java.util.Comparator.comparingInt(String::length)
                        .thenComparing(java.util.Comparator.naturalOrder()))
                .orElse("Gemeente " + municipality);
    }

    public int size() {
        return byMunicipality.values().stream().mapToInt(List::size).sum();
    }

    /**
     * A random point (latitude, longitude) inside {@code wijk}'s boundary; empty for the few wijken (a strip of
     * water, a dike) whose boundary fills too little of its rectangle, or that the lookup gives to a neighbour.
     */
    public java.util.Optional<double[]> pointIn(CbsWijk wijk, RandomGenerator random) {
        for (int i = 0; i < POINT_TRIES; i++) {
            double lat = wijk.minLat() + random.nextDouble() * (wijk.maxLat() - wijk.minLat());
            double lon = wijk.minLon() + random.nextDouble() * (wijk.maxLon() - wijk.minLon());
            if (areas.wijkAt(lat, lon).filter(a -> a.code().equals(wijk.code())).isPresent()) {
                return java.util.Optional.of(new double[] {lat, lon});
            }
        }
        return java.util.Optional.empty();
    }

    private static CbsWijk wijk(JsonNode feature) {
        JsonNode properties = feature.get("properties");
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        extend(box, feature.get("geometry").get("coordinates"));
        return new CbsWijk(properties.get("statcode").asText(), properties.get("statnaam").asText(), box[0], box[1],
                box[2], box[3]);
    }

    /** Grows {@code box} (minLat, minLon, maxLat, maxLon) over nested [lon, lat] arrays of any depth. */
    private static void extend(double[] box, JsonNode coordinates) {
        if (coordinates.size() == 2 && coordinates.get(0).isNumber()) {
            double lon = coordinates.get(0).asDouble();
            double lat = coordinates.get(1).asDouble();
            box[0] = Math.min(box[0], lat);
            box[1] = Math.min(box[1], lon);
            box[2] = Math.max(box[2], lat);
            box[3] = Math.max(box[3], lon);
            return;
        }
        coordinates.forEach(inner -> extend(box, inner));
    }
}
