package nl.bijeen.web.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

import nl.bijeen.web.search.ActivitySearch;
import nl.bijeen.web.support.AgendaServer;

/** Every export is of the whole search on the page (text and filters), and the booklet leads back to Bijeen. */
@MicronautTest
class ExportsFollowTheSearchTest extends ExportFixture {

    @Inject
    ActivitySearch search;

    @Test
    void listOfChosenDatesHasOnlyActivitiesOnThoseDates() {
        String day = coffeeDay();

        String csv = text("/export/activiteiten.csv", Map.of("from", day, "to", day));

        assertThat(csv).contains(COFFEE).doesNotContain(CARDS);
    }

    @Test
    void calendarAndFeedOfAFilteredSearchHoldOnlyWhatMatches() {
        String day = coffeeDay();
        Map<String, String> onlyThatDay = Map.of("from", day, "to", day);

        assertThat(text("/export/agenda.ics", onlyThatDay)).contains("SUMMARY:" + COFFEE).doesNotContain(CARDS)
                .contains("X-WR-CALNAME:Bijeen – uw selectie");
        assertThat(text("/export/activiteiten.rss", onlyThatDay)).contains(COFFEE).doesNotContain(CARDS);
    }

    /** The day of the coffee morning's first date as the application counts days (in Amsterdam). */
    private static String coffeeDay() {
        return AgendaServer.firstCoffee().withZoneSameInstant(ZoneId.of("Europe/Amsterdam")).toLocalDate().toString();
    }

    @Test
    void wrongSearchParameterIsRefusedInPlainDutchInsteadOfAnotherList() {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> get("/export/agenda.ics", Map.of("date", "ooit")));

        assertThat(e.getStatus().getCode()).isEqualTo(400);
        assertThat(e.getResponse().getBody(String.class).orElseThrow())
                .startsWith("date kan zijn: today, this-week, this-weekend, range; niet \"ooit\".");
    }

    @Test
    void everyQrCodeInTheBookletOpensThatActivitysPageOnBijeen() {
        byte[] pdf = get("/export/boekje.pdf").body();

        List<String> codes = PdfQrCodes.of(pdf);
        List<String> pages = search.search("", 0, 50).activities().stream()
                .map(a -> "/activiteit/" + a.id()).toList();
        assertThat(codes).hasSize(pages.size())
                .allSatisfy(code -> assertThat(code).matches("http://localhost:\\d+/activiteit/\\d+"));
        assertThat(codes.stream().map(c -> c.replaceFirst("^http://localhost:\\d+", "")))
                .containsExactlyInAnyOrderElementsOf(pages);
        assertThat(PdfText.of(pdf).text()).contains("Meer lezen").contains(codes.getFirst());
    }
}
