package nl.bijeen.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import nl.bijeen.web.search.Facets;
import nl.bijeen.web.support.DemoWorldHttp;

/** The JSON API over the crawled demo world, through a real HTTP client: filters, facets, near, detail, suggest. */
@MicronautTest
class ApiOverDemoWorldTest extends DemoWorldHttp {

    ApiOverDemoWorldTest() {
        super("api-demo");
    }

    private ApiError badRequest(String uri) {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(uri, ActivitiesResponse.class, ApiError.class));
        assertThat(e.getStatus().getCode()).isEqualTo(400);
        return e.getResponse().getBody(ApiError.class).orElseThrow();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void everyActivityHasOneKindSoTheKindCountsAddUpToTheTotal() {
        ActivitiesResponse all = search("");

        assertThat(all.facets().kind().stream().mapToLong(Facets.Count::count).sum()).isEqualTo(all.total());
    }

    @Test
    void choosingAFacetValueFindsExactlyAsManyAsItsCount() {
        ActivitiesResponse coffee = search("q=koffie");
        Facets.Count wijk = coffee.facets().wijk().getFirst();

        ActivitiesResponse narrowed = search("q=koffie&wijk=" + wijk.value());

        assertThat(narrowed.total()).isEqualTo(wijk.count());
        assertThat(narrowed.activities()).allSatisfy(a -> assertThat(a.place().wijk().code()).isEqualTo(wijk.value()));
        assertThat(wijk.label()).doesNotStartWith("WK");
    }

    @Test
    void crossPostedActivityIsFoundUnderEverySiteItWasPublishedOn() {
        ActivityJson crossPosted = search("").activities().stream().filter(a -> a.publishedOn().size() > 1)
                .findFirst().orElseThrow();

        for (ActivityJson.PublishedOnJson site : crossPosted.publishedOn()) {
            assertThat(search("source=" + site.sourceId()).activities()).extracting(ActivityJson::id)
                    .contains(crossPosted.id());
        }
    }

    @Test
    void nearADemoVenuesPostcodeListsTheNearestFirstWithinTheRadius() {
        ActivitiesResponse near = search("postcode=" + enc("2222 AH") + "&radius=1&sort=distance");

        List<Double> km = near.activities().stream().map(ActivityJson::distanceKm).toList();
        assertThat(km).isNotEmpty().isSorted().allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(1.0));
        assertThat(near.near()).isNotNull();
    }

    @Test
    void browserLocationWorksLikeAPostcode() {
        ActivitiesResponse near = search("lat=52.2010&lon=4.4320&radius=0.2");

        assertThat(near.activities()).isNotEmpty()
                .allSatisfy(a -> assertThat(a.distanceKm()).isLessThanOrEqualTo(0.2));
    }

    @Test
    void unknownPostcodeIsABadRequestInPlainDutch() {
        ApiError error = badRequest("/api/activities?postcode=" + enc("9711 AA"));

        assertThat(error.parameter()).isEqualTo("postcode");
        assertThat(error.message()).contains("De postcode 9711 AA kennen we niet");
    }

    @Test
    void wrongSortNamesTheValuesThatWork() {
        ApiError error = badRequest("/api/activities?sort=populair");

        assertThat(error.message()).isEqualTo("sort kan zijn: relevance, date, distance; niet \"populair\".");
    }

    @Test
    void freeAndThisWeekCombine() {
        ActivitiesResponse free = search("cost=gratis&date=this-week");

        assertThat(free.facets().cost()).extracting(Facets.Count::value).containsOnly("gratis");
        assertThat(free.total()).isPositive();
    }

    @Test
    void placeWordInTheQueryComesBackAsAChipWithTheQueryWithoutIt() {
        ActivitiesResponse r = search("q=" + enc("koffie in Rijnsburg"));

        assertThat(r.filters()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo("wijk");
            assertThat(f.label()).isEqualTo("Rijnsburg");
            assertThat(f.queryWithout()).isEqualTo("koffie in");
        });
        assertThat(r.relaxed()).isEqualTo("NONE");
        assertThat(r.relaxedMessage()).isNull();
    }

    @Test
    void snippetsMarkTheSearchedWord() {
        assertThat(search("q=koffie").activities()).anySatisfy(a -> assertThat(a.snippet()).contains("<mark>"));
    }

    @Test
    void oneActivityByIdListsItsNextDatesAndHowManyMore() {
        ActivityJson series = search("").activities().stream().filter(a -> a.moreDates() > 0).findFirst()
                .orElseThrow();

        ActivityJson one = http.toBlocking().retrieve("/api/activities/" + series.id(), ActivityJson.class);

        assertThat(one.title()).isEqualTo(series.title());
        assertThat(one.nextDates()).hasSize(ActivityJson.NEXT_DATES).isEqualTo(one.dates().subList(0, 3));
        assertThat(one.moreDates()).isEqualTo(one.dates().size() - 3);
    }

    @Test
    void unknownActivityIsNotFoundWithADutchMessage() {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> http.toBlocking().exchange("/api/activities/987654321", ActivityJson.class, ApiError.class));

        assertThat(e.getStatus().getCode()).isEqualTo(404);
        assertThat(e.getResponse().getBody(ApiError.class).orElseThrow().message())
                .contains("bestaat niet of staat niet meer in het overzicht");
    }

    @Test
    void suggestCompletesTheStartOfAWord() {
        SuggestApi.SuggestResponse r = http.toBlocking().retrieve("/api/suggest?q=koff",
                SuggestApi.SuggestResponse.class);

        assertThat(r.suggestions()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.text().toLowerCase()).containsPattern("(^|\\W)koff"));
    }
}
