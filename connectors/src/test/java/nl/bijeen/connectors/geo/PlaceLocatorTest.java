package nl.bijeen.connectors.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Place;

/** Places get their position, wijk and buurt: from the source's coordinates, else by geocoding the address. */
class PlaceLocatorTest {

    private final List<String> asked = new ArrayList<>();
    private final InMemoryGeocodeCache cache = new InMemoryGeocodeCache();
    /** Knows two addresses of Katwijk; records what it is asked. */
    private final Geocoder network = line -> {
        asked.add(line);
        return switch (line) {
            case "Westerbaan 92, 2222 AH Katwijk" ->
                    GeocodeAnswer.found(new GeoPoint(52.2010, 4.4320, GeoPoint.Precision.ADDRESS));
            case "Kerkstraat 31, Rijnsburg" ->
                    GeocodeAnswer.found(new GeoPoint(52.19099, 4.44154, GeoPoint.Precision.TOWN));
            default -> GeocodeAnswer.NOT_FOUND;
        };
    };
    private final PlaceLocator locator = new PlaceLocator(KatwijkAreas.map(), Geocoder.cached(cache, network));

    private static ActivityDraft at(Place place) {
        return new ActivityDraft("test-bron", "1", "Koffieochtend", null, null, place, null, null, null, null, null,
                null, null);
    }

    @Test
    void coordinatesFromTheSourceAreKeptAndGetWijkAndBuurt() {
        ActivityDraft located = locator.locate(at(new Place("De Vuurbaak", "Boulevard 50", 52.2049, 4.3951)));

        assertThat(located.place()).isEqualTo(
                new Place("De Vuurbaak", "Boulevard 50", 52.2049, 4.3951, "WK053705", "BU05370504"));
        assertThat(asked).isEmpty();
    }

    @Test
    void anAddressWithoutCoordinatesIsGeocodedAndAssigned() {
        ActivityDraft located = locator.locate(at(new Place("Buurthuis De Kern", "Westerbaan 92, 2222 AH Katwijk",
                null, null)));

        assertThat(located.place()).isEqualTo(new Place("Buurthuis De Kern", "Westerbaan 92, 2222 AH Katwijk",
                52.2010, 4.4320, "WK053702", "BU05370202"));
    }

    @Test
    void theCacheIsAskedBeforeTheNetwork() {
        cache.put("westerbaan 92 2222ah katwijk",
                GeocodeAnswer.found(new GeoPoint(52.2040, 4.4340, GeoPoint.Precision.ADDRESS)));

        ActivityDraft located = locator.locate(at(new Place(null, "Westerbaan 92, 2222 AH Katwijk", null, null)));

        assertThat(located.place().latitude()).isEqualTo(52.2040);
        assertThat(located.place().wijk()).isEqualTo("WK053702");
        assertThat(asked).isEmpty();
    }

    @Test
    void aDraftWithoutAPlaceStaysAsItIs() {
        ActivityDraft draft = at(null);
        assertThat(locator.locate(draft)).isSameAs(draft);
    }

    @Test
    void anAddressThatCannotBeFoundLeavesTheWijkUnknown() {
        Place place = new Place("Het Trefpunt", "Nergensweg 1, 9999 ZZ Nergenshuizen", null, null);

        assertThat(locator.locate(at(place)).place()).isEqualTo(place);
        assertThat(asked).containsExactly("Nergensweg 1, 9999 ZZ Nergenshuizen");
    }

    @Test
    void aPlaceInLeidenKeepsItsCoordinatesButHasNoWijk() {
        ActivityDraft located = locator.locate(at(new Place("Stadhuis Leiden", null, 52.1585, 4.4930)));

        assertThat(located.place()).isEqualTo(new Place("Stadhuis Leiden", null, 52.1585, 4.4930, null, null));
    }

    @Test
    void aTownCentreIsNotUsedAsThePlacesPosition() {
        Place place = new Place("Cultuurhuis", "Kerkstraat 31, Rijnsburg", null, null);

        assertThat(locator.locate(at(place)).place()).isEqualTo(place);
    }

    @Test
    void latitudeAndLongitudeTheWrongWayRoundAreTurnedBack() {
        ActivityDraft located = locator.locate(at(new Place("De Vuurbaak", null, 4.3951, 52.2049)));

        assertThat(located.place()).isEqualTo(new Place("De Vuurbaak", null, 52.2049, 4.3951, "WK053705", "BU05370504"));
    }

    @Test
    void zeroZeroIsNoPositionSoTheAddressIsGeocodedInstead() {
        ActivityDraft located = locator.locate(at(new Place("Buurthuis De Kern", "Westerbaan 92, 2222 AH Katwijk",
                0.0, 0.0)));
        ActivityDraft lost = locator.locate(at(new Place("Ergens", null, 0.0, 0.0)));

        assertThat(located.place().wijk()).isEqualTo("WK053702");
        assertThat(lost.place()).isEqualTo(new Place("Ergens", null, null, null));
    }

    @Test
    void aNameThatIsAnAddressIsGeocoded() {
        ActivityDraft located = locator.locate(at(new Place("Westerbaan 92, 2222 AH Katwijk", null, null, null)));

        assertThat(located.place().wijk()).isEqualTo("WK053702");
    }

    @Test
    void offlineWithAnEmptyCacheEveryPlaceWithoutCoordinatesIsWijkUnknown() {
        PlaceLocator offline = new PlaceLocator(KatwijkAreas.map(), Geocoder.offline(new InMemoryGeocodeCache()));
        Place place = new Place("Buurthuis De Kern", "Westerbaan 92, 2222 AH Katwijk", null, null);

        assertThat(offline.locate(at(place)).place()).isEqualTo(place);
    }
}
