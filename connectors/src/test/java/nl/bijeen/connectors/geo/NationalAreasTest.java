package nl.bijeen.connectors.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The 3,393 wijken of the whole country (CBS 2024): holes, many MultiPolygons, and a lookup that stays quick. */
class NationalAreasTest {

    private static AreaMap country;

    @BeforeAll
    static void load() throws IOException {
        Assumptions.assumeTrue(Files.isReadable(KatwijkAreas.NATIONAL),
                "[SKIPPED] NationalAreasTest: " + KatwijkAreas.NATIONAL + " is not on this machine");
        country = AreaMap.load(KatwijkAreas.NATIONAL, null);
    }

    @Test
    void loadsEveryWijkOfTheCountry() {
        assertThat(country.wijken()).hasSize(3393);
        assertThat(country.warnings()).isEmpty();
    }

    @Test
    void aPointInAHoleBelongsToTheWijkInsideTheHole() {
        // Haarle is cut out of "Wijk 05 Buitengebied" of Hellendoorn, whose lower code would otherwise win
        assertThat(country.wijkAt(52.3596, 6.3794)).contains(new Area("WK016307", "Wijk 07 Haarle"));
    }

    @Test
    void katwijkPointsLandInTheSameWijkAsWithTheKatwijkFile() {
        assertThat(country.wijkAt(52.2049, 4.3951)).map(Area::code).contains("WK053705");
        assertThat(country.wijkAt(52.1897, 4.4436)).map(Area::code).contains("WK053707");
        assertThat(country.wijkAt(52.1802, 4.4318)).map(Area::code).contains("WK053708");
    }

    @Test
    void leidenIsFoundInTheCountryButTheSeaIsNot() {
        assertThat(country.wijkAt(52.1590, 4.4931)).map(Area::code).contains("WK054601");
        assertThat(country.wijkAt(52.2100, 4.3700)).isEmpty();
    }

    @Test
    void tenThousandLookupsTakeWellUnderTenSeconds() {
        long start = System.nanoTime();
        int found = 0;
        for (int i = 0; i < 10_000; i++) {
            double lat = 50.8 + (i % 100) * 0.027;
            double lon = 3.4 + (i / 100) * 0.038;
            found += country.wijkAt(lat, lon).isPresent() ? 1 : 0;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(found).isGreaterThan(3000);
        assertThat(millis).isLessThan(10_000);
    }
}
