package nl.bijeen.connectors.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** Wijk and buurt lookup with the real CBS 2024 boundaries of Katwijk. */
class AreaMapTest {

    private final AreaMap katwijk = KatwijkAreas.map();

    @Test
    void loadsTheSevenWijkenAndFortyTwoBuurtenOfKatwijk() {
        assertThat(katwijk.wijken()).extracting(Area::code).containsExactly(
                "WK053701", "WK053702", "WK053703", "WK053705", "WK053706", "WK053707", "WK053708");
        assertThat(katwijk.buurten()).hasSize(42);
        assertThat(katwijk.warnings()).isEmpty();
    }

    @Test
    void boulevardOfKatwijkAanZeeLiesInTheCentrumBuurt() {
        // the Vuurbaak on the Boulevard
        assertThat(katwijk.assign(52.2049, 4.3951))
                .isEqualTo(new AreaMap.Assignment(new Area("WK053705", "Katwijk aan Zee"),
                        new Area("BU05370504", "Centrum")));
    }

    @Test
    void rijnsburgCentreLiesInRijnsburg() {
        assertThat(katwijk.assign(52.1897, 4.4436))
                .isEqualTo(new AreaMap.Assignment(new Area("WK053707", "Rijnsburg"), new Area("BU05370700", "Centrum")));
    }

    @Test
    void valkenburgCentreLiesInValkenburg() {
        assertThat(katwijk.assign(52.1802, 4.4318))
                .isEqualTo(new AreaMap.Assignment(new Area("WK053708", "Valkenburg"), new Area("BU05370800", "Dorp")));
    }

    @Test
    void bothPartsOfTheLandelijkGebiedMultiPolygonBelongToIt() {
        assertThat(katwijk.wijkAt(52.2140, 4.4080)).map(Area::code).contains("WK053706"); // Noordduinen
        assertThat(katwijk.wijkAt(52.1900, 4.3950)).map(Area::code).contains("WK053706"); // Zuidduinen
    }

    @Test
    void pointsInTheSeaOrInLeidenHaveNoWijk() {
        assertThat(katwijk.assign(52.2100, 4.3700)).isEqualTo(AreaMap.Assignment.NONE); // North Sea off the coast
        assertThat(katwijk.wijkAt(52.1664, 4.4817)).isEmpty(); // Leiden Centraal
        assertThat(katwijk.buurtAt(52.1590, 4.4931)).isEmpty(); // De Burcht, Leiden
    }

    @Test
    void aPointOnTheEdgeBetweenTHeenAndRijnsburgGoesToTheWijkEastOfIt() {
        // midpoint of the shared edge (4.44, 52.207)-(4.43, 52.197); Rijnsburg lies east of it
        double lat = (52.207 + 52.197) / 2;
        double lon = (4.44 + 4.43) / 2;
        assertThat(katwijk.wijkAt(lat, lon)).map(Area::code).contains("WK053707");
    }

    @Test
    void aVertexSharedByThreeWijkenBelongsToExactlyOneWhateverTheOrderOfTheFile(@TempDir Path dir) throws IOException {
        // (4.419, 52.204) is a corner of Katwijk Noord, Katwijk aan Zee and Katwijk aan den Rijn
        Path reversed = dir.resolve("omgekeerd.geojson");
        List<String> lines = new ArrayList<>(Files.readAllLines(KatwijkAreas.WIJKEN));
        List<String> features = new ArrayList<>(lines.subList(1, lines.size() - 1).stream()
                .map(l -> l.endsWith(",") ? l.substring(0, l.length() - 1) : l).toList());
        Collections.reverse(features);
        Files.writeString(reversed, lines.getFirst() + "\n" + String.join(",\n", features) + "\n]}\n");
        AreaMap reversedMap = AreaMap.load(reversed, null);

        assertThat(katwijk.wijkAt(52.204, 4.419)).map(Area::code).contains("WK053701");
        assertThat(reversedMap.wijkAt(52.204, 4.419)).map(Area::code).contains("WK053701");
        assertThat(reversedMap.wijkAt(52.202, 4.435)).isEqualTo(katwijk.wijkAt(52.202, 4.435));
    }

    @Test
    void noVertexOfTheWijkFileLiesInTwoWijken() throws IOException {
        List<AreaShape> shapes = GeoJsonAreas.read(KatwijkAreas.WIJKEN).shapes();
        var json = new ObjectMapper().readTree(KatwijkAreas.WIJKEN.toFile());
        List<double[]> vertices = points(json.path("features"));
        for (double[] vertex : vertices) {
            long holding = shapes.stream().filter(shape -> shape.contains(vertex[0], vertex[1])).count();
            assertThat(holding).as("wijken holding vertex %s, %s", vertex[0], vertex[1]).isLessThanOrEqualTo(1);
        }
        assertThat(vertices).hasSizeGreaterThan(50);
    }

    @Test
    void aBuurtOfTheNeighbouringWijkIsNotAssignedWithTheWijk() {
        // near the Valkenburg / Landelijk gebied boundary the separately generalised files disagree
        assertThat(katwijk.wijkAt(52.1690, 4.4056)).map(Area::code).contains("WK053708");
        assertThat(katwijk.buurtAt(52.1690, 4.4056)).map(Area::code).contains("BU05370604");
        assertThat(katwijk.assign(52.1690, 4.4056))
                .isEqualTo(new AreaMap.Assignment(new Area("WK053708", "Valkenburg"), null));
    }

    @Test
    void namesAreFoundByCode() {
        assertThat(katwijk.nameOf("WK053702")).contains("'t Heen");
        assertThat(katwijk.nameOf("BU05370801")).contains("'t Joght");
        assertThat(katwijk.nameOf("WK053704")).isEmpty(); // CBS has no wijk 04 in Katwijk
        assertThat(katwijk.nameOf(null)).isEmpty();
    }

    @Test
    void everyPlaceOfTheDemoWorldLiesInTheWijkItNames() throws IOException {
        var world = new ObjectMapper(new YAMLFactory()).readTree(KatwijkAreas.CONFIG.resolve("demo/world.yml").toFile());
        int places = 0;
        for (var place : world.path("places")) {
            places++;
            Optional<Area> wijk = katwijk.wijkAt(place.path("lat").asDouble(), place.path("lon").asDouble());
            assertThat(wijk).as(place.path("id").asText()).map(Area::code).contains(place.path("wijk").asText());
        }
        assertThat(places).isEqualTo(28);
    }

    @Test
    void anEmptyMapKnowsNoWijk() {
        assertThat(AreaMap.empty().assign(52.2049, 4.3951)).isEqualTo(AreaMap.Assignment.NONE);
        assertThat(AreaMap.empty().wijken()).isEmpty();
    }

    private static List<double[]> points(JsonNode node) {
        List<double[]> out = new ArrayList<>();
        if (node.isArray() && node.size() == 2 && node.get(0).isNumber()) { // [lon, lat]
            out.add(new double[] {node.get(0).asDouble(), node.get(1).asDouble()});
        } else {
            node.forEach(child -> out.addAll(points(child.has("geometry") ? child.path("geometry").path("coordinates")
                    : child)));
        }
        return out;
    }
}
