package nl.bijeen.web.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** Organiser, wijk and section pages list upcoming activities without a search. */
@MicronautTest
class ListingPagesTest extends PagesFixture {

    @Test
    void organiserPageListsItsActivities() {
        String page = text("/organisatie/Buurthuis%20De%20Kern");

        assertThat(page).contains("<h1>Activiteiten van Buurthuis De Kern</h1>").contains(COFFEE).contains(CARDS)
                .doesNotContain("HYPERLINK");
    }

    @Test
    void wijkPageListsTheActivitiesInThatWijk() {
        String home = text("/");
        String link = home.replaceAll("(?s).*href=\"(/wijk/WK\\d+)\">" + WIJK + "</a>.*", "$1");

        assertThat(text(link)).contains("<h1>Activiteiten in " + WIJK + "</h1>").contains(COFFEE)
                .contains("/export/poster.pdf?wijk=");
    }

    @Test
    void agendaListsDatedActivitiesAndEtalageHasNone() {
        assertThat(text("/agenda")).contains("<h1>Agenda</h1>").contains(COFFEE);
        assertThat(text("/etalage")).contains("<h1>Etalage</h1>").contains("Er staat nu niets.");
    }

    @Test
    void unknownOrganiserOrWijkIsNotFound() {
        assertThat(status("/organisatie/Niemand")).isEqualTo(404);
        assertThat(status("/wijk/WK999999")).isEqualTo(404);
    }
}
