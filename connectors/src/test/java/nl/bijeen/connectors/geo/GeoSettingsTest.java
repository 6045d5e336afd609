package nl.bijeen.connectors.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bijeen.connectors.model.Warning;

/** The operator's switches: which boundaries, and whether PDOK may be asked at all. */
class GeoSettingsTest {

    private static final String VOORSTRAAT = "Voorstraat 84, 2225 ER Katwijk";

    @Test
    void geocodingIsOffUnlessTheOperatorEnablesIt() {
        try (PdokStub pdok = new PdokStub().answer("type:adres", VOORSTRAAT, "pdok-adres-voorstraat-84.json")) {
            PdokSettings toStub = new PdokSettings(pdok.baseUrl(), Duration.ZERO, Duration.ofSeconds(5), null);
            List<Warning> warnings = new ArrayList<>();
            InMemoryGeocodeCache cache = new InMemoryGeocodeCache();

            Geocoder off = new GeoSettings(null, null, false, toStub).geocoder(cache, warnings::add);
            assertThat(off.geocode(VOORSTRAAT)).isEmpty();
            assertThat(pdok.requests).isEmpty();

            Geocoder on = new GeoSettings(null, null, true, toStub).geocoder(cache, warnings::add);
            assertThat(on.geocode(VOORSTRAAT)).map(GeoPoint::precision).contains(GeoPoint.Precision.ADDRESS);
            assertThat(off.geocode(VOORSTRAAT)).map(GeoPoint::precision).contains(GeoPoint.Precision.ADDRESS);
            assertThat(pdok.requests).hasSize(1);
        }
    }

    @Test
    void theBoundaryFilesAreSettings() throws IOException {
        assertThat(new GeoSettings(null, null, false, null).areaMap().wijken()).isEmpty();
        assertThat(new GeoSettings(KatwijkAreas.WIJKEN, KatwijkAreas.BUURTEN, false, null).areaMap()
                .assign(52.1802, 4.4318).buurtCode()).isEqualTo("BU05370800");
    }

    @Test
    void pdokIsAskedAtItsPublicAddressByDefault() {
        assertThat(PdokSettings.defaults().freeEndpoint())
                .hasToString("https://api.pdok.nl/bzk/locatieserver/search/v3_1/free");
        assertThat(PdokSettings.defaults().minDelay()).isEqualTo(Duration.ofMillis(500));
        assertThat(PdokSettings.defaults().timeout()).isEqualTo(Duration.ofSeconds(10));
    }
}
