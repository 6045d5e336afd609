package nl.bijeen.web.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import nl.bijeen.web.web.DutchDates;

/** The booklet and the poster, read back by PDFBox. */
@MicronautTest
class PdfExportTest extends ExportFixture {

    @Test
    void bookletContainsEveryActivityWithItsDatesPlaceAndContact() {
        var response = get("/export/boekje.pdf");

        assertThat(response.header("Content-Type")).isEqualTo("application/pdf");
        // a long day name ("woensdag 25 november") may wrap the line after the dash: the text then has a space there
        String text = PdfText.of(response.body()).text().replaceAll("–\\s+", "–");
        assertThat(text).contains("Activiteiten in de buurt").contains(COFFEE).contains(CARDS)
                .contains(day(1)).contains("10.00–12.00 uur")
                .contains("Buurthuis De Kern, Zeeweg 12, 2225 AB Katwijk")
                .contains("info@dekern.example")
                .contains("Gaat niet door");
    }

    @Test
    void bookletGroupedByWijkHasAHeadingPerWijkAndOneForUnknownPlaces() {
        String text = PdfText.of(get("/export/boekje.pdf", Map.of("groep", "wijk")).body()).text();

        assertThat(text).contains("Geordend op wijk.").contains(WIJK).contains(PdfExport.NO_WIJK);
        assertThat(text.indexOf(WIJK)).isLessThan(text.indexOf(COFFEE));
    }

    @Test
    void bookletOfASearchShowsOnlyWhatWasFound() {
        String text = PdfText.of(get("/export/boekje.pdf", Map.of("q", "klaverjassen")).body()).text();

        assertThat(text).contains("Activiteiten: klaverjassen").contains(CARDS).doesNotContain(COFFEE);
    }

    @Test
    void posterIsOneA4PageWithTheWijksComingWeek() {
        PdfText poster = PdfText.of(get("/export/poster.pdf", Map.of("wijk", "katwijk aan zee")).body());

        assertThat(poster.pages()).isEqualTo(1);
        assertThat(poster.text()).contains("Deze week in " + WIJK).contains(COFFEE).contains(day(1))
                .contains(CARDS + " – gaat niet door")
                .as("the hostile item has no coordinates, so no wijk").doesNotContain("Rommelmarkt");
    }

    @Test
    void posterWithoutAKnownWijkSaysInDutchWhichWijkenThereAre() {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> get("/export/poster.pdf", Map.of("wijk", "Atlantis")));

        assertThat(e.getStatus().getCode()).isEqualTo(400);
        assertThat(e.getResponse().getBody(String.class).orElseThrow()).contains("Kies een wijk")
                .contains("Rijnsburg").contains(WIJK);
    }

    /** How the exports write the day that is {@code days} from today, e.g. "dinsdag 24 november". */
    private static String day(int days) {
        ZoneId zone = ZoneId.of("Europe/Amsterdam");
        LocalDate today = LocalDate.now(zone);
        return DutchDates.day(today.plusDays(days).atStartOfDay(zone), today);
    }
}
