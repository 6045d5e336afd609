package nl.bijeen.connectors.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bijeen.connectors.model.Warning;

/** Boundary files an operator might get wrong: bad features are skipped with a warning, bad files refused. */
class GeoJsonAreasTest {

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(GeoJsonAreasTest.class.getResource("/geo/" + name).toURI());
    }

    @Test
    void unusableFeaturesAreSkippedWithAWarningAndTheOthersKept() throws Exception {
        Path file = resource("kapotte-grenzen.geojson");
        AreaMap map = AreaMap.load(file, null);

        assertThat(map.wijken()).extracting(Area::code).containsExactly("WK999901", "WK999902");
        assertThat(map.warnings()).containsExactly(
                new Warning(file + " feature 3",
                        "boundary skipped: WK999903 has geometry type \"Point\"; only Polygon and MultiPolygon bound an area"),
                new Warning(file + " feature 4",
                        "boundary skipped: WK999904 has a ring of 3 points; a closed ring needs at least 4"),
                new Warning(file + " feature 5", "boundary skipped: it has no statcode"),
                new Warning(file + " feature 6",
                        "boundary skipped: WK999906 has a point that is not [lon, lat]: [\"oost\",52.5]"));
    }

    @Test
    void aHoleBelongsToTheAreaInsideItNotToTheRingAroundIt() throws Exception {
        AreaMap map = AreaMap.load(resource("kapotte-grenzen.geojson"), null);

        assertThat(map.wijkAt(52.05, 4.05)).map(Area::code).contains("WK999902");
        assertThat(map.wijkAt(52.02, 4.02)).map(Area::code).contains("WK999901");
        assertThat(map.wijkAt(52.2, 4.2)).isEmpty();
    }

    @Test
    void aPointOnAnEdgeTheTwoNeighboursRunInOppositeDirectionsBelongsToExactlyOne() throws Exception {
        // The neighbours share the edge (4.306, 52.127)-(4.372, 52.121) but run it in opposite directions. Computed
        // from either end, the edge crosses latitude 52.126 at ...052 or ...053: a point there would be in both
        // wijken, or in neither, unless both compute the crossing the same way.
        AreaMap map = AreaMap.load(resource("gedeelde-rand.geojson"), null);
        assertThat(map.wijkAt(52.126, 4.317000000000052)).map(Area::code).contains("WK999911");
        assertThat(map.wijkAt(52.126, 4.317000000000053)).map(Area::code).contains("WK999912");
        assertThat(alone("WK999911", 52.126, 4.317000000000052) + alone("WK999912", 52.126, 4.317000000000052))
                .isEqualTo(1);
        assertThat(alone("WK999911", 52.126, 4.317000000000053) + alone("WK999912", 52.126, 4.317000000000053))
                .isEqualTo(1);
    }

    /** 1 when the area with this code, asked on its own, holds the point. */
    private static int alone(String code, double lat, double lon) throws Exception {
        AreaLayer single = new AreaLayer(GeoJsonAreas.read(resource("gedeelde-rand.geojson")).shapes().stream()
                .filter(s -> s.area().code().equals(code)).toList());
        return single.at(lat, lon).isPresent() ? 1 : 0;
    }

    @Test
    void aMissingFileIsRefusedByName(@TempDir Path dir) {
        Path missing = dir.resolve("wijken-nergens.geojson");
        assertThatThrownBy(() -> AreaMap.load(missing, null))
                .isInstanceOf(IOException.class)
                .hasMessage("boundary file " + missing + " does not exist");
    }

    @Test
    void aFileThatIsNotGeoJsonIsRefused(@TempDir Path dir) throws IOException {
        Path html = Files.writeString(dir.resolve("wijken.geojson"), "<html>404 Not Found</html>");
        Path list = Files.writeString(dir.resolve("lijst.geojson"), "[1, 2, 3]");

        assertThatThrownBy(() -> AreaMap.load(html, null)).isInstanceOf(IOException.class)
                .hasMessageStartingWith(html + " is not valid JSON: ");
        assertThatThrownBy(() -> AreaMap.load(list, null)).isInstanceOf(IOException.class)
                .hasMessage(list + " is not a GeoJSON FeatureCollection (it has no \"features\" list)");
    }

    @Test
    void withoutABuurtFileOnlyWijkenAreAssigned() throws IOException {
        AreaMap wijkenOnly = AreaMap.load(KatwijkAreas.WIJKEN, null);

        assertThat(wijkenOnly.assign(52.2049, 4.3951))
                .isEqualTo(new AreaMap.Assignment(new Area("WK053705", "Katwijk aan Zee"), null));
        assertThat(wijkenOnly.buurten()).isEmpty();
    }
}
