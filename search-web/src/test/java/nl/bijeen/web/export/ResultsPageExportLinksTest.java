package nl.bijeen.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The results page offers the exports of the search shown, in plain Dutch, and each link works. */
@MicronautTest
class ResultsPageExportLinksTest extends ExportFixture {

    @Test
    void resultsPageOffersCalendarListAndBookletOfTheSameSearch() {
        String page = text("/", Map.of("q", "koffie"));

        assertThat(page).containsPattern("<a href=\"webcal://[^/\"]+/export/agenda\\.ics\\?q=koffie\">Zet in mijn agenda</a>")
                .contains("<a href=\"/export/activiteiten.csv?q=koffie\">Download als lijst (Excel)</a>")
                .contains("<a href=\"/export/boekje.pdf?q=koffie&amp;groep=thema\">Print een boekje</a>")
                .contains("href=\"/export/posters\"");
    }

    @Test
    void everyExportLinkOnThePageAnswers() {
        var links = ExportLinks.of("koffie", "http://localhost");
        links.remove("webcal");

        links.forEach((name, link) -> assertThat(get(link).getStatus().getCode()).as(name).isEqualTo(200));
    }

    @Test
    void posterPageLinksAPosterForEveryWijk() {
        String page = text("/export/posters");

        assertThat(page).contains("<html lang=\"nl\"").contains("Poster voor uw wijk")
                .contains("<a href=\"/export/poster.pdf?wijk=Katwijk+aan+Zee\">Katwijk aan Zee</a>")
                .contains(">Rijnsburg</a>");
        assertThat(get("/export/poster.pdf?wijk=Katwijk+aan+Zee").getStatus().getCode()).isEqualTo(200);
    }
}
