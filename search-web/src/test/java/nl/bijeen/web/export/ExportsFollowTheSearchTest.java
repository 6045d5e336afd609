package nl.bijeen.web.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

import nl.bijeen.web.search.ActivitySearch;

/** Every export is of the whole search on the page (text and filters), and the booklet leads back to Bijeen. */
@MicronautTest
class ExportsFollowTheSearchTest extends ExportFixture {

    @Inject
    ActivitySearch search;

    @Test
    void listOfChosenDatesHasOnlyActivitiesOnThoseDates() {
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1).toString();

        String csv = text("/export/activiteiten.csv", Map.of("from", tomorrow, "to", tomorrow));

        assertThat(csv).contains(COFFEE).doesNotContain(CARDS);
    }

    @Test
    void calendarAndFeedOfAFilteredSearchHoldOnlyWhatMatches() {
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1).toString();
        Map<String, String> onlyTomorrow = Map.of("from", tomorrow, "to", tomorrow);

        assertThat(text("/export/agenda.ics", onlyTomorrow)).contains("SUMMARY:" + COFFEE).doesNotContain(CARDS)
                .contains("X-WR-CALNAME:Bijeen – uw selectie");
        assertThat(text("/export/activiteiten.rss", onlyTomorrow)).contains(COFFEE).doesNotContain(CARDS);
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
