package nl.bijeen.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The links the results page offers for a search. */
class ExportLinksTest {

    @Test
    void subscriptionLinkIsAbsoluteWebcalForTheSameSearch() {
        assertThat(ExportLinks.of("koffie & thee", "https://bijeen.example.nl").get("webcal"))
                .isEqualTo("webcal://bijeen.example.nl/export/agenda.ics?q=koffie+%26+thee");
    }

    @Test
    void everySearchWithoutWordsExportsEverythingUpcoming() {
        var links = ExportLinks.of("  ", "http://localhost:8080");

        assertThat(links.get("csv")).isEqualTo("/export/activiteiten.csv");
        assertThat(links.get("boekjeWijk")).isEqualTo("/export/boekje.pdf?groep=wijk");
        assertThat(links.get("webcal")).isEqualTo("webcal://localhost:8080/export/agenda.ics");
    }

    @Test
    void bookletLinksKeepTheQuery() {
        assertThat(ExportLinks.of("koffie", "http://localhost").get("boekjeThema"))
                .isEqualTo("/export/boekje.pdf?q=koffie&groep=thema");
    }
}
