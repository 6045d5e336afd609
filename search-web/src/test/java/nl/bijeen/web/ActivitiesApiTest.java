package nl.bijeen.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import nl.bijeen.web.api.ActivitiesResponse;
import nl.bijeen.web.api.ApiError;
import nl.bijeen.web.support.EmptyApp;

/** The API's answers to good and bad requests, and the page's answer when nothing is found (an empty store). */
@MicronautTest
class ActivitiesApiTest extends EmptyApp {

    ActivitiesApiTest() {
        super("api");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "201", "99999999999", "tien", "1.5"})
    void limitOutOfRangeOrNotANumberIsABadRequestWithAClearMessage(String limit) {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> http.toBlocking().exchange("/api/activities?q=koffie&limit=" + limit, ActivitiesResponse.class,
                        ApiError.class));

        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        ApiError error = e.getResponse().getBody(ApiError.class).orElseThrow();
        assertThat(error.status()).isEqualTo(400);
        assertThat(error.message()).startsWith("limit moet").contains(limit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "10001", "eerste"})
    void offsetOutOfRangeOrNotANumberIsABadRequest(String offset) {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> http.toBlocking().exchange("/api/activities?offset=" + offset, ActivitiesResponse.class,
                        ApiError.class));
        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(e.getResponse().getBody(ApiError.class).orElseThrow().message())
                .startsWith("offset moet").contains(offset);
    }

    @Test
    void pageAllowsOnlyItsOwnScriptFilesThroughItsContentSecurityPolicy() {
        // The map enhancement is a script file of this site; inline scripts (what an injection would be) stay out.
        var response = http.toBlocking().exchange("/", String.class);
        assertThat(response.header("Content-Security-Policy")).contains("default-src 'none'")
                .contains("script-src 'self';");
        assertThat(response.getContentType().orElseThrow().toString()).startsWith("text/html");
    }

    @Test
    void pageNumberThatMakesNoSenseShowsTheFirstPage() {
        assertThat(http.toBlocking().retrieve("/?pagina=-3")).contains("<html lang=\"nl\"");
        assertThat(http.toBlocking().retrieve("/?pagina=abc")).contains("Geen resultaten");
    }

    @Test
    void overlongQueryIsABadRequest() {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> http.toBlocking().exchange("/api/activities?q=" + "a".repeat(201), ActivitiesResponse.class,
                        ApiError.class));
        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(e.getResponse().getBody(ApiError.class).orElseThrow().message()).contains("(q) is te lang");
    }

    @Test
    void searchWithNothingFoundAnswersWithAnEmptyList() {
        ActivitiesResponse response = http.toBlocking().retrieve("/api/activities?q=%22koffie%20(", ActivitiesResponse.class);
        assertThat(response.query()).isEqualTo("\"koffie (");
        assertThat(response.total()).isZero();
        assertThat(response.activities()).isEmpty();
    }

    @Test
    void pageWithoutResultsSaysSoInDutchAndOffersAHint() {
        String page = http.toBlocking().retrieve("/?q=%3Cscript%3Ealert(1)%3C/script%3E");
        assertThat(page).contains("<html lang=\"nl\"")
                .contains("<label for=\"q\">Wat zoekt u?</label>")
                .contains("0 activiteiten gevonden voor „&lt;script&gt;alert(1)&lt;/script&gt;”.")
                .contains("Geen resultaten")
                .contains("Tip:")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)</script>");
    }
}
