package nl.bijeen.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** What a search request refuses, with the parameter named and a Dutch message. */
class SearchRequestTest {

    @Test
    void distanceSortNeedsALocation() {
        InvalidSearchException e = catchThrowableOfType(InvalidSearchException.class,
                () -> SearchRequest.builder().sort(SearchRequest.Sort.DISTANCE).build());
        assertThat(e.parameter()).isEqualTo("sort");
        assertThat(e.getMessage()).contains("Sorteren op afstand kan alleen met een postcode");
    }

    @Test
    void postcodeMustLookLikeADutchOne() {
        InvalidSearchException e = catchThrowableOfType(InvalidSearchException.class,
                () -> SearchRequest.Near.postcode("Katwijk", 5));
        assertThat(e.getMessage()).contains("\"Katwijk\" is geen Nederlandse postcode");
    }

    @Test
    void rangeMayNotEndBeforeItStarts() {
        InvalidSearchException e = catchThrowableOfType(InvalidSearchException.class,
                () -> SearchRequest.DateFilter.range(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 1)));
        assertThat(e.parameter()).isEqualTo("to");
    }

    @Test
    void radiusHasALimit() {
        assertThat(catchThrowableOfType(InvalidSearchException.class,
                () -> SearchRequest.Near.point(52.2, 4.4, 500)).parameter()).isEqualTo("radius");
    }

    @Test
    void postcodeIsWrittenAsPostNlPrintsIt() {
        assertThat(Postcode.parse(" 2225er ")).contains("2225 ER");
        assertThat(Postcode.parse("2225")).contains("2225");
        assertThat(Postcode.parse("0225 ER")).isEmpty();
    }
}
