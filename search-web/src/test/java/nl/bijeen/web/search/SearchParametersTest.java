package nl.bijeen.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** One query-string form of a search for the pages, the exports and the API: read, written back, read again. */
class SearchParametersTest {

    @Test
    void everyFilterSurvivesTheWayThroughALinkAndBack() {
        String query = "q=koffie+%26+thee&audience=senioren&theme=ontmoeten&theme=bewegen&wijk=WK053700"
                + "&organiser=De+Kern&source=de-kern&kind=agenda&cost=gratis&from=2026-12-01&to=2026-12-24"
                + "&postcode=2225+ER&radius=2&sort=distance";

        SearchRequest read = SearchParameters.read(parse(query)).build();

        assertThat(read.themes()).containsExactly("ontmoeten", "bewegen");
        assertThat(read.date()).isEqualTo(SearchRequest.DateFilter.range(LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 24)));
        assertThat(read.near()).isEqualTo(SearchRequest.Near.postcode("2225 ER", 2));
        assertThat(SearchLink.of(read).queryString()).isEqualTo(query);
    }

    @Test
    void aPeriodIsWrittenByItsName() {
        SearchRequest read = SearchParameters.read(parse("date=this-weekend&lat=52.2&lon=4.43")).build();

        assertThat(SearchLink.of(read).queryString()).isEqualTo("date=this-weekend&lat=52.2&lon=4.43&radius=5");
    }

    @Test
    void strictReadingRefusesAWrongValueNamingTheParameterAndWhatIsAllowed() {
        InvalidSearchException e = catchThrowableOfType(InvalidSearchException.class,
                () -> SearchParameters.read(parse("q=koffie&date=ooit")));

        assertThat(e.parameter()).isEqualTo("date");
        assertThat(e.getMessage()).isEqualTo("date kan zijn: today, this-week, this-weekend, range; niet \"ooit\".");
    }

    @Test
    void lenientReadingLeavesOutWrongValuesAndKeepsTheRest() {
        SearchParameters.Read read = SearchParameters.readLeniently(
                parse("q=koffie&theme=bewegen&date=ooit&postcode=XYZ&cost=duur"));

        SearchRequest request = read.builder().build();
        assertThat(request.q()).isEqualTo("koffie");
        assertThat(request.themes()).containsExactly("bewegen");
        assertThat(request.date()).isNull();
        assertThat(request.near()).isNull();
        assertThat(request.cost()).isNull();
        assertThat(read.problems()).extracting(InvalidSearchException::parameter)
                .containsExactly("cost", "date", "postcode");
    }

    @Test
    void sortingByDistanceNeedsAPlace() {
        assertThat(catchThrowableOfType(InvalidSearchException.class,
                () -> SearchParameters.read(parse("sort=distance"))).parameter()).isEqualTo("sort");
        SearchParameters.Read lenient = SearchParameters.readLeniently(parse("q=koffie&sort=distance"));
        assertThat(lenient.builder().build().sort()).isNull();
        assertThat(lenient.problems()).hasSize(1);
    }

    @Test
    void aRadiusWithoutAPlaceNarrowsNothing() {
        assertThat(SearchParameters.read(parse("radius=5")).build().near()).isNull();
    }

    @Test
    void aPeriodAndChosenDatesTogetherAreRefused() {
        assertThat(catchThrowableOfType(InvalidSearchException.class,
                () -> SearchParameters.read(parse("date=today&from=2026-12-01"))).parameter()).isEqualTo("date");
    }

    @Test
    void theRangeChoiceWithoutDatesMeansAnyUpcomingDate() {
        SearchRequest read = SearchParameters.read(parse("date=range&from=&to=")).build();

        assertThat(SearchLink.of(read).queryString()).isEmpty();
    }

    @Test
    void overlongTextIsCutOffLenientlyAndRefusedStrictly() {
        String longText = "a".repeat(SearchParameters.MAX_QUERY_LENGTH + 5);

        SearchParameters.Read lenient = SearchParameters.readLeniently(parse("q=" + longText));
        assertThat(lenient.builder().build().q()).hasSize(SearchParameters.MAX_QUERY_LENGTH);
        assertThat(lenient.problems()).extracting(InvalidSearchException::parameter).containsExactly("q");
        assertThat(catchThrowableOfType(InvalidSearchException.class,
                () -> SearchParameters.read(parse("q=" + longText))).parameter()).isEqualTo("q");
    }

    @Test
    void removingOneValueKeepsTheOthers() {
        SearchLink link = SearchLink.of(SearchParameters.read(parse("theme=a&theme=b&wijk=c")).build());

        assertThat(link.without("theme", "a").queryString()).isEqualTo("theme=b&wijk=c");
        assertThat(link.withoutAll("theme").at("/")).isEqualTo("/?wijk=c");
        assertThat(link.withoutAll("theme", "wijk").at("/")).isEqualTo("/");
    }

    @Test
    void typedTextCannotBreakOutOfALink() {
        SearchLink link = SearchLink.empty().with("q", "\"><script>alert(1)</script>&theme=x");

        assertThat(link.at("/")).isEqualTo("/?q=%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E%26theme%3Dx");
    }

    /** A query string as the framework hands it over: every value of a name, decoded, in order. */
    private static SearchParameters.Source parse(String query) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            String[] nameValue = pair.split("=", 2);
            values.computeIfAbsent(nameValue[0], n -> new ArrayList<>())
                    .add(URLDecoder.decode(nameValue.length > 1 ? nameValue[1] : "", StandardCharsets.UTF_8));
        }
        return name -> values.getOrDefault(name, List.of());
    }
}
