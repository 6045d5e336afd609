package nl.bijeen.web.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import nl.bijeen.web.api.ActivitiesResponse;
import nl.bijeen.web.search.Facets;
import nl.bijeen.web.support.DemoWorldHttp;

/**
 * The results page's filters over the demo world, without JavaScript: the form offers every facet with its count,
 * a ticked filter narrows the list exactly as the API does with the same parameters, shows as a removable chip and
 * travels with the views, the pages and every export.
 */
@MicronautTest
class SearchPageFiltersTest extends DemoWorldHttp {

    private static final Pattern STATUS = Pattern.compile("role=\"status\">(\\d+) activiteit");

    SearchPageFiltersTest() {
        super("page-filters");
    }

    @Test
    void filterFormOffersEachThemeWithItsCount() {
        Facets.Count top = search("").facets().theme().getFirst();

        String page = page("");

        assertThat(page).contains("<form action=\"/\" method=\"get\" class=\"filter-form\"")
                .containsPattern("name=\"theme\" id=\"f-theme-\\d+\" value=\"" + top.value() + "\"")
                .contains("<span>" + top.label() + "</span> <span class=\"count\">(" + top.count() + ")</span>");
    }

    @Test
    void tickedThemeNarrowsTheListToWhatTheApiFindsWithTheSameParameters() {
        Facets.Count theme = search("").facets().theme().get(1);
        String params = "theme=" + enc(theme.value());

        String page = page(params);

        assertThat(total(page)).isEqualTo(search(params).total()).isEqualTo(theme.count());
        assertThat(page).containsPattern("name=\"theme\" id=\"f-theme-\\d+\" value=\"" + theme.value()
                + "\" checked=\"checked\"");
    }

    @Test
    void tickedFilterShowsAsAChipWhoseLinkRemovesIt() {
        Facets.Count theme = search("q=koffie").facets().theme().getFirst();

        String page = page("q=koffie&theme=" + enc(theme.value()));

        assertThat(page).contains("<span>Onderwerp: " + theme.label() + "</span>")
                .contains("<a href=\"/?q=koffie\">Weghalen<span class=\"visually-hidden\">: Onderwerp: "
                        + theme.label() + "</span></a>");
    }

    @Test
    void otherThemesAreCountedAsIfNoThemeWereTickedSoTickingASecondOneAddsToTheList() {
        Facets themes = search("").facets();
        Facets.Count first = themes.theme().get(0);
        Facets.Count second = themes.theme().get(1);

        String page = page("theme=" + enc(first.value()));

        assertThat(page).contains("<span>" + second.label() + "</span> <span class=\"count\">(" + second.count()
                + ")</span>");
        assertThat(total(page("theme=" + enc(first.value()) + "&theme=" + enc(second.value()))))
                .isGreaterThanOrEqualTo(Math.max(first.count(), second.count()));
    }

    @Test
    void viewsNextPageAndExportsKeepTheFilters() {
        String params = "cost=gratis&date=this-week";

        String page = page(params);

        assertThat(page).contains("href=\"/?cost=gratis&amp;date=this-week&amp;weergave=kaart\"")
                .contains("href=\"/export/activiteiten.csv?cost=gratis&amp;date=this-week\"")
                .contains("href=\"/export/boekje.pdf?cost=gratis&amp;date=this-week&amp;groep=thema\"")
                .contains("passen bij uw keuzes")
                .contains("<span>Deze week</span>").contains("<span>Kosten: Gratis</span>");
        assertThat(total(page)).isEqualTo(search(params).total());
    }

    @Test
    void searchBoxCarriesTheTickedFiltersAlong() {
        String wijk = search("").facets().wijk().getFirst().value();

        String page = page("q=koffie&wijk=" + wijk);

        assertThat(page).contains("<input type=\"hidden\" name=\"wijk\" value=\"" + wijk + "\">");
    }

    @Test
    void unknownPostcodeIsExplainedAndTheRestOfTheSearchStillRuns() {
        String page = page("q=koffie&postcode=" + enc("9999 ZZ"));

        assertThat(page).contains("role=\"alert\"").contains("9999");
        assertThat(total(page)).isEqualTo(search("q=koffie").total()).isPositive();
    }

    @Test
    void wrongValuesAreLeftOutWithAPlainMessageInsteadOfAnErrorPage() {
        String page = page("q=koffie&date=ooit&cost=duur");

        assertThat(page).contains("date kan zijn: today, this-week, this-weekend, range; niet &quot;ooit&quot;.")
                .contains("cost kan zijn: gratis, betaald; niet &quot;duur&quot;.");
        assertThat(total(page)).isEqualTo(search("q=koffie").total());
    }

    @Test
    void chosenDatesShowAsOneChipAndTheRangeOptionIsChosen() {
        String page = page("from=2026-12-01&to=2026-12-24");

        assertThat(page).contains("<span>Vanaf 1 december 2026 t/m 24 december 2026</span>")
                .containsPattern("name=\"date\" id=\"f-date-4\" value=\"range\" checked=\"checked\"");
    }

    @Test
    void nearAPostcodeCanBeSortedByDistance() {
        String params = "postcode=" + enc("2222 AH") + "&radius=2&sort=distance";

        String page = page(params);

        assertThat(page).contains("<span>Binnen 2 km van 2222 AH</span>")
                .containsPattern("<option value=\"distance\" selected=\"selected\">");
        assertThat(total(page)).isEqualTo(search(params).total()).isPositive();
        ActivitiesResponse api = search(params + "&limit=50");
        assertThat(firstTitle(page)).isEqualTo(api.activities().getFirst().title());
    }

    private String page(String params) {
        return http.toBlocking().retrieve("/" + (params.isEmpty() ? "" : "?" + params));
    }

    private static long total(String page) {
        Matcher m = STATUS.matcher(page);
        assertThat(m.find()).as("status line in the page").isTrue();
        return Long.parseLong(m.group(1));
    }

    private static String firstTitle(String page) {
        Matcher m = Pattern.compile("<ol class=\"results\">\\s*<li>\\s*<article>\\s*<h2><a href=\"[^\"]+\">([^<]+)</a>")
                .matcher(page);
        assertThat(m.find()).as("a first result").isTrue();
        return m.group(1).replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
