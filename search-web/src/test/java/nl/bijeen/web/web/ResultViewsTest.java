package nl.bijeen.web.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** One search, three views (list, photo cards, map), chips for what the query was understood as. */
@MicronautTest
class ResultViewsTest extends PagesFixture {

    @Test
    void everyViewLinksTheOtherViewsWithTheSameQuery() {
        String page = text("/", Map.of("q", "koffie", "weergave", "fotos"));

        assertThat(page).contains("<a href=\"/?q=koffie\" class=\"view-lijst\">Lijst</a>")
                .contains("href=\"/?q=koffie&amp;weergave=fotos\" aria-current=\"page\"")
                .contains("<a href=\"/?q=koffie&amp;weergave=kaart\" class=\"view-kaart\">Kaart</a>");
    }

    @Test
    void resultsLinkToTheirActivityPage() {
        assertThat(text("/", Map.of("q", "koffie"))).contains("<a href=\"" + pageOf(COFFEE) + "\">" + COFFEE + "</a>");
    }

    @Test
    void photoCardsShowThePictogramOfTheThemeWhenThereIsNoPicture() {
        assertThat(text("/", Map.of("q", "koffie", "weergave", "fotos")))
                .contains("<ul class=\"cards\"").containsPattern("src=\"/static/img/thema/[a-z-]+\\.svg\"");
    }

    @Test
    void mapViewListsEveryActivityWithItsCoordinatesForTheScript() {
        String page = text("/", Map.of("q", "koffie", "weergave", "kaart"));

        assertThat(page).contains("data-kaart=\"punten\"").contains("hidden")
                .contains("data-lat=\"52.205\" data-lon=\"4.405\"")
                .contains("<script src=\"/webjars/leaflet-markercluster/1.4.1/leaflet.markercluster.js\"");
    }

    @Test
    void anUnderstoodFilterIsAChipWithALinkThatSearchesWithoutIt() {
        String page = text("/", Map.of("q", "koffie voor senioren"));

        assertThat(page).contains("U zoekt op:").contains("<span>Senioren</span>")
                .contains("<a href=\"/?q=koffie+voor\">Weghalen<span class=\"visually-hidden\">: Senioren</span>");
    }

    @Test
    void letterSizeFromTheCookieAppliesToTheWholePageAndAParameterWins() {
        var withCookie = HttpRequest.GET("/").cookie(Cookie.of(TextSize.COOKIE, "groter"));
        var withBoth = HttpRequest.GET("/?tekst=grootst").cookie(Cookie.of(TextSize.COOKIE, "groter"));

        assertThat(http.toBlocking().retrieve(withCookie)).contains("<html lang=\"nl\" class=\"tekst-groter\">");
        assertThat(http.toBlocking().retrieve(withBoth)).contains("<html lang=\"nl\" class=\"tekst-grootst\">");
    }

    @Test
    void aLoosenedSearchSaysSoInPlainDutch() {
        String page = text("/", Map.of("q", "koffie zeppelinvaart"));

        assertThat(page).contains("We vonden niets met al uw woorden samen.");
    }

    @Test
    void homeShowsALargePictogramPerThemeAndTheWijken() {
        String page = text("/");

        assertThat(page).contains("Of kies een onderwerp").contains("src=\"/static/img/thema/ontmoeten.svg\"")
                .contains("Of kies uw wijk").containsPattern("href=\"/wijk/WK\\d+\">Rijnsburg</a>");
    }
}
