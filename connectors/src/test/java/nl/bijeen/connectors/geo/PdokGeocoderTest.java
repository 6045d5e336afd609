package nl.bijeen.connectors.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.bijeen.connectors.model.Warning;

/** The PDOK Locatieserver client against a real HTTP server on the loopback interface. */
class PdokGeocoderTest {

    private static final String VOORSTRAAT = "Voorstraat 84, 2225 ER Katwijk";
    private static final Duration MIN_DELAY = Duration.ofMillis(500);

    private final PdokStub pdok = new PdokStub();
    private final List<Warning> warnings = new CopyOnWriteArrayList<>();
    private PdokGeocoder geocoder = geocoder(Duration.ofSeconds(5));

    @AfterEach
    void stop() {
        geocoder.close();
        pdok.close();
    }

    private PdokGeocoder geocoder(Duration timeout) {
        return new PdokGeocoder(new PdokSettings(pdok.baseUrl(), MIN_DELAY, timeout, null), warnings::add,
                pdok.ticker);
    }

    @Test
    void anAddressIsAskedAsAnAdresAndItsCentroidIsTheAnswer() {
        pdok.answer("type:adres", VOORSTRAAT, "pdok-adres-voorstraat-84.json");

        assertThat(geocoder.geocode(VOORSTRAAT))
                .contains(new GeoPoint(52.20448, 4.39721, GeoPoint.Precision.ADDRESS));
        assertThat(pdok.requests).hasSize(1);
        PdokStub.Request request = pdok.requests.getFirst();
        assertThat(request.path()).isEqualTo("/bzk/locatieserver/search/v3_1/free");
        assertThat(request.param("q")).isEqualTo(VOORSTRAAT);
        assertThat(request.param("fq")).isEqualTo("type:adres");
        assertThat(request.param("rows")).isEqualTo("1");
        assertThat(request.param("fl")).isEqualTo("weergavenaam type centroide_ll score");
        assertThat(warnings).isEmpty();
    }

    @Test
    void anUnknownAddressFallsBackToThePostcodeCentre() {
        pdok.answer("type:postcode", "2225ER", "pdok-postcode-2225er.json");

        assertThat(geocoder.answer("Voorstraat 999, 2225 ER Katwijk"))
                .isEqualTo(GeocodeAnswer.found(new GeoPoint(52.20431, 4.39688, GeoPoint.Precision.POSTCODE)));
        assertThat(pdok.requests).extracting(r -> r.param("fq") + " " + r.param("q"))
                .containsExactly("type:adres Voorstraat 999, 2225 ER Katwijk", "type:postcode 2225ER");
    }

    @Test
    void theSameStreetInAnotherTownIsNotBelieved() {
        pdok.answer("type:adres", VOORSTRAAT, "pdok-adres-andere-plaats.json")
                .answer("type:postcode", "2225ER", "pdok-postcode-2225er.json");

        assertThat(geocoder.geocode(VOORSTRAAT).map(GeoPoint::precision)).contains(GeoPoint.Precision.POSTCODE);
    }

    @Test
    void aLineWithoutPostcodeFallsBackToTheTown() {
        pdok.answer("type:woonplaats", "Rijnsburg", "pdok-woonplaats-rijnsburg.json");

        assertThat(geocoder.geocode("Kerkstraat 31, Rijnsburg"))
                .contains(new GeoPoint(52.19099, 4.44154, GeoPoint.Precision.TOWN));
        assertThat(pdok.requests).extracting(r -> r.param("fq"))
                .containsExactly("type:adres", "type:woonplaats");
    }

    @Test
    void anAddressNobodyKnowsIsNotFound() {
        assertThat(geocoder.answer("Nergensweg 1, 9999 ZZ Nergenshuizen")).isEqualTo(GeocodeAnswer.NOT_FOUND);
        assertThat(pdok.requests).hasSize(3);
        assertThat(warnings).isEmpty();
    }

    @Test
    void twoCallsAreAtLeastTheMinimumDelayApart() {
        pdok.answer("type:adres", VOORSTRAAT, "pdok-adres-voorstraat-84.json");

        geocoder.geocode(VOORSTRAAT);
        pdok.ticker.advance(Duration.ofMillis(120));
        geocoder.geocode(VOORSTRAAT);

        long apart = pdok.requests.get(1).arrivedAtNanos() - pdok.requests.get(0).arrivedAtNanos();
        assertThat(Duration.ofNanos(apart)).isEqualTo(MIN_DELAY);
        assertThat(pdok.ticker.sleeps).containsExactly(Duration.ofMillis(380));
    }

    @Test
    void aCallLongAfterThePreviousOneDoesNotWait() {
        geocoder.geocode(VOORSTRAAT);
        pdok.ticker.advance(Duration.ofSeconds(3));
        geocoder.geocode(VOORSTRAAT);

        // the first line asks adres, postcode, woonplaats: the fallbacks are paced like any call
        assertThat(pdok.ticker.sleeps).containsExactly(MIN_DELAY, MIN_DELAY, MIN_DELAY, MIN_DELAY);
    }

    @Test
    void aServerErrorGivesUnavailableAndAWarningAndStopsTheFallbacks() {
        pdok.failWith(500);

        assertThat(geocoder.answer(VOORSTRAAT)).isEqualTo(GeocodeAnswer.UNAVAILABLE);
        assertThat(pdok.requests).hasSize(1);
        assertThat(warnings).containsExactly(new Warning(VOORSTRAAT, "PDOK Locatieserver (adres \"" + VOORSTRAAT
                + "\") answered with status 500; the place stays without coordinates for now"));
    }

    @Test
    void aServerThatDoesNotAnswerTimesOutWithAWarning() {
        geocoder.close();
        geocoder = geocoder(Duration.ofMillis(300));
        pdok.hang();

        assertThat(geocoder.geocode(VOORSTRAAT)).isEmpty();
        assertThat(warnings).containsExactly(new Warning(VOORSTRAAT, "PDOK Locatieserver (adres \"" + VOORSTRAAT
                + "\") did not answer within 300 ms; the place stays without coordinates for now"));
    }

    @Test
    void aServerThatIsGoneGivesUnavailableWithAWarning() {
        pdok.close();

        assertThat(geocoder.answer(VOORSTRAAT)).isEqualTo(GeocodeAnswer.UNAVAILABLE);
        assertThat(warnings).singleElement().extracting(Warning::message).asString()
                .startsWith("PDOK Locatieserver (adres \"" + VOORSTRAAT + "\") could not be reached (")
                .endsWith("); the place stays without coordinates for now");
    }

    @Test
    void anAnswerWithoutCentroidIsUnavailableWithAWarning() {
        pdok.answer("type:adres", VOORSTRAAT, "pdok-zonder-centroide.json");

        assertThat(geocoder.answer(VOORSTRAAT)).isEqualTo(GeocodeAnswer.UNAVAILABLE);
        assertThat(warnings).extracting(Warning::message).containsExactly("PDOK Locatieserver (adres \"" + VOORSTRAAT
                + "\") gave an answer Bijeen cannot read: the first document has no centroide_ll POINT(lon lat) but \"\"");
    }

    @Test
    void cachedAnswersAreNotFetchedAgainButFailuresAre() {
        InMemoryGeocodeCache cache = new InMemoryGeocodeCache();
        Geocoder cached = Geocoder.cached(cache, geocoder);
        pdok.answer("type:adres", VOORSTRAAT, "pdok-adres-voorstraat-84.json");

        cached.geocode(VOORSTRAAT);
        assertThat(cached.geocode("voorstraat 84  2225ER KATWIJK")).map(GeoPoint::latitude).contains(52.20448);
        assertThat(pdok.requests).hasSize(1);

        pdok.failWith(500);
        cached.geocode("Zeeweg 1, 2224 AA Katwijk");
        cached.geocode("Zeeweg 1, 2224 AA Katwijk");
        assertThat(pdok.requests).hasSize(3);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void anAddressNotFoundIsRememberedAndNotAskedAgain() {
        Geocoder cached = Geocoder.cached(new InMemoryGeocodeCache(), geocoder);

        cached.geocode("Nergensweg 1, 9999 ZZ Nergenshuizen");
        cached.geocode("Nergensweg 1, 9999 ZZ Nergenshuizen");

        assertThat(pdok.requests).hasSize(3);
    }

    @Test
    void offlineModeAnswersFromTheCacheAndNeverCallsTheServer() {
        InMemoryGeocodeCache cache = new InMemoryGeocodeCache();
        GeoPoint known = new GeoPoint(52.20448, 4.39721, GeoPoint.Precision.ADDRESS);
        cache.put(AddressKey.of(VOORSTRAAT).orElseThrow(), GeocodeAnswer.found(known));
        Geocoder offline = Geocoder.offline(cache);

        assertThat(offline.geocode(VOORSTRAAT)).contains(known);
        assertThat(offline.answer("Zeeweg 1, 2224 AA Katwijk")).isEqualTo(GeocodeAnswer.UNAVAILABLE);
        assertThat(pdok.requests).isEmpty();
    }

    @Test
    void aBlankLineIsNotAsked() {
        assertThat(geocoder.answer("  ")).isEqualTo(GeocodeAnswer.NOT_FOUND);
        assertThat(geocoder.answer("Buurthuis De Kern")).isEqualTo(GeocodeAnswer.NOT_FOUND);
        assertThat(pdok.requests).isEmpty();
    }
}
