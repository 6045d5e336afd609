package nl.bijeen.web.search;

import static nl.bijeen.web.search.SmallIndex.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bijeen.web.index.IndexedActivity;

/** "Near me": a point or a postcode with a radius, distance sort, and the distance of each result. */
class NearSearchTest {

    /** Voorstraat, Katwijk aan Zee. */
    private static final double LAT = 52.2045;
    private static final double LON = 4.3972;

    @TempDir
    Path dir;
    private SmallIndex small;
    private ActivitySearch search;

    @BeforeEach
    void index() throws Exception {
        small = new SmallIndex(dir).with(
                Listing.of(1, "Koffie aan zee", NOW.plusDays(5)).at("Voorstraat 84, 2225 ER Katwijk", 52.2045, 4.3972),
                Listing.of(2, "Koffie in de Hoornes", NOW.plusDays(1)).at("Hoorneslaan 128, 2221 DK Katwijk", 52.2065, 4.4200),
                Listing.of(3, "Koffie in Rijnsburg", NOW.plusDays(2)).at("Kerkstraat 1, 2231 AB Rijnsburg", 52.1900, 4.4450),
                Listing.of(4, "Koffie ergens", NOW.plusDays(3)).at(null, null, null));
        search = new ActivitySearch(small.index);
    }

    @AfterEach
    void close() throws Exception {
        small.close();
    }

    @Test
    void radiusLeavesOutActivitiesFurtherAwayAndThoseWithoutAPlace() {
        SearchResult result = search.search(SearchRequest.builder().q("koffie")
                .near(SearchRequest.Near.point(LAT, LON, 2)).build());

        assertThat(result.activities()).extracting(IndexedActivity::id).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void distanceSortPutsTheNearestFirstAndSaysHowFar() {
        SearchResult result = search.search(SearchRequest.builder().q("koffie")
                .near(SearchRequest.Near.point(LAT, LON, 10)).sort(SearchRequest.Sort.DISTANCE).build());

        assertThat(result.activities()).extracting(IndexedActivity::id).containsExactly(1L, 2L, 3L);
        assertThat(result.distanceKm(result.activities().get(0))).isEqualTo(0.0);
        assertThat(result.distanceKm(result.activities().get(1))).isBetween(1.4, 1.8);
    }

    @Test
    void postcodeIsFoundThroughThePlacesInTheIndex() {
        SearchResult result = search.search(SearchRequest.builder()
                .near(SearchRequest.Near.postcode("2225er", 0.5)).build());

        assertThat(result.activities()).extracting(IndexedActivity::id).containsExactly(1L);
        assertThat(result.near().latitude()).isEqualTo(LAT);
    }

    @Test
    void postcodesFollowTheIndexAsActivitiesAreAddedAndRemoved() throws Exception {
        search.search(SearchRequest.builder().near(SearchRequest.Near.postcode("2225 ER", 0.5)).build());
        small.put(Listing.of(5, "Koffie aan de Boulevard", NOW.plusDays(4))
                .at("Boulevard 1, 2202 AA Noordwijk", 52.2400, 4.4300).build());
        small.index.remove(1);
        small.index.commit(100);
        small.index.put(Listing.of(6, "Koffie aan zee", NOW.plusDays(6))
                .at("Voorstraat 84, 2225 ER Katwijk", 52.2045, 4.3972).build());
        small.index.commit(101);

        SearchResult added = search.search(SearchRequest.builder()
                .near(SearchRequest.Near.postcode("2202 AA", 0.5)).build());
        SearchResult moved = search.search(SearchRequest.builder()
                .near(SearchRequest.Near.postcode("2225 ER", 0.5)).build());

        assertThat(added.activities()).extracting(IndexedActivity::id).containsExactly(5L);
        assertThat(moved.activities()).extracting(IndexedActivity::id).containsExactly(6L);
        assertThat(moved.near().latitude()).isEqualTo(LAT);
    }

    @Test
    void unknownFullPostcodeFallsBackToItsFourDigits() {
        SearchResult result = search.search(SearchRequest.builder()
                .near(SearchRequest.Near.postcode("2231 ZZ", 1)).build());

        assertThat(result.activities()).extracting(IndexedActivity::id).containsExactly(3L);
    }

    @Test
    void postcodeNobodyKnowsIsRefusedInPlainDutch() {
        InvalidSearchException e = catchThrowableOfType(InvalidSearchException.class, () -> search.search(
                SearchRequest.builder().near(SearchRequest.Near.postcode("9999 ZZ", 1)).build()));

        assertThat(e.parameter()).isEqualTo("postcode");
        assertThat(e.getMessage()).contains("9999 ZZ kennen we niet");
    }

    @Test
    void anotherLocatorIsAskedFirst() throws Exception {
        ActivitySearch withGeocoder = new ActivitySearch(small.index, null, QueryVocabulary.empty(),
                p -> p.equals("2231 AB") ? java.util.Optional.of(new nl.bijeen.connectors.geo.GeoPoint(52.2065, 4.4200,
                        nl.bijeen.connectors.geo.GeoPoint.Precision.POSTCODE)) : java.util.Optional.empty());

        SearchResult result = withGeocoder.search(SearchRequest.builder()
                .near(SearchRequest.Near.postcode("2231 AB", 0.5)).build());

        assertThat(result.activities()).extracting(IndexedActivity::id).containsExactly(2L);
    }
}
