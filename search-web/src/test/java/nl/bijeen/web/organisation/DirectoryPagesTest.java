package nl.bijeen.web.organisation;

import static nl.bijeen.web.organisation.SocialMap.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The directory, the organisation page, the activity page's link and the network list, over real HTTP. */
@MicronautTest
class DirectoryPagesTest extends SocialMapApp {

    @jakarta.inject.Inject
    io.micronaut.runtime.server.EmbeddedServer server;

    DirectoryPagesTest() {
        super("directory");
    }

    @Test
    void theDirectoryListsEveryOrganisationByNameWithItsContact() {
        Document page = html("/organisaties", Map.of());
        assertThat(names(page)).containsExactly("Bibliotheek Katwijk", "Buurthuis De Kern", "Moestuin Noord",
                "Protestantse Gemeente Rijnsburg", "Sportvereniging Rijnsburg", "Welzijnskwartier");
        assertThat(page.select("p.status").text()).isEqualTo("6 organisaties in de buurt.");
        Element welzijn = page.select("ol.organisations > li").last();
        assertThat(welzijn.select("p.kind").text()).isEqualTo("Welzijnsorganisatie");
        assertThat(welzijn.select(".facts").text()).contains("Katwijk aan Zee, Rijnsburg, Katwijk Noord",
                "Zeeweg 12", "071-4011234", "info@welzijnskwartier.example");
        assertThat(welzijn.select("a[href^=tel:]").attr("href")).isEqualTo("tel:0714011234");
        assertThat(page.select("header nav a[href=/organisaties]").text()).isEqualTo("Organisaties");
    }

    @Test
    void filtersByThemeAndWijkKeepTheirSiblingsCountedAndShowAsChips() {
        Document page = html("/organisaties", Map.of("theme", "ontmoeten", "wijk", RIJNSBURG));
        assertThat(names(page)).containsExactly("Protestantse Gemeente Rijnsburg", "Welzijnskwartier");
        assertThat(page.select(".chips li > span").eachText()).containsExactly("Ontmoeten", "Rijnsburg");
        assertThat(page.select("input[name=theme][checked]").val()).isEqualTo("ontmoeten");
        assertThat(page.select("label[for^=o-theme-]").eachText()).as("other themes in Rijnsburg, with counts")
                .containsExactly("Ontmoeten (2)", "Bewegen en sport (1)", "Eten en koken (1)", "Geldzaken (1)");
        String removeWijk = page.select(".chips li").get(1).select("a").attr("href");
        assertThat(names(html(removeWijk, Map.of()))).hasSize(3);
    }

    @Test
    void wordsFindAnOrganisationByAnyOfItsNames() {
        assertThat(names(html("/organisaties", Map.of("q", "stichting welzijnskwartier"))))
                .containsExactly("Welzijnskwartier");
    }

    @Test
    void theMapViewMarksOrganisationsWithCoordinatesAndListsTheOthers() {
        Document page = html("/organisaties", Map.of("weergave", "kaart"));
        assertThat(page.select("[data-kaart=punten]").size()).isEqualTo(1);
        assertThat(page.select("li[data-lat][data-lon]").size()).isEqualTo(5);
        Element moestuin = page.select("ol.points > li:not([data-lat])").first();
        assertThat(moestuin.text()).contains("Moestuin Noord", "Niet op de kaart");
        assertThat(page.select("nav.views a[aria-current]").text()).isEqualTo("Kaart");
    }

    @Test
    void theOrganisationPageShowsDetailsActivitiesSitesAndJsonLd() {
        Document page = html("/organisaties/105", Map.of());
        assertThat(page.select("h1").text()).isEqualTo("Buurthuis De Kern");
        assertThat(page.text()).contains("Ook bekend als: De Kern", "Buurthuis of dorpshuis", "Kernweg 5",
                "Ja, krijgt subsidie");
        assertThat(page.select("#activiteiten ~ ol h3").eachText()).contains(COFFEE);
        assertThat(page.select("a[href=/organisaties?wijk=" + KATWIJK_NOORD + "]").text()).isEqualTo("Katwijk Noord");
        assertThat(page.select(".sites a").eachAttr("href")).as("De Kern's agenda is a known source")
                .anyMatch(h -> h.startsWith("http://127.0.0.1") || h.startsWith("http://localhost"));
        String jsonLd = page.select("script[type=application/ld+json]").html();
        assertThat(jsonLd).contains("\"@type\":\"Organization\"", "\"name\":\"Buurthuis De Kern\"",
                "\"telephone\":\"071-4030000\"");
    }

    @Test
    void anAddressWithAnOldNameIsSentOnAndAnUnknownOrganisationIsADutch404() throws Exception {
        java.net.http.HttpResponse<Void> moved;
        try (java.net.http.HttpClient plain = java.net.http.HttpClient.newHttpClient()) { // follows no redirect
            moved = plain.send(java.net.http.HttpRequest.newBuilder(server.getURI().resolve("/organisaties/101-oude-naam"))
                    .build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        }
        assertThat(moved.statusCode()).isEqualTo(301);
        assertThat(moved.headers().firstValue("Location")).hasValue("/organisaties/101-welzijnskwartier");
        assertThatThrownBy(() -> text("/organisaties/999"))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(404);
                    assertThat(e.getResponse().getBody(String.class).orElse(""))
                            .contains("Deze organisatie staat er niet (meer)");
                });
    }

    @Test
    void theActivityPageLinksToItsOrganisation() {
        long coffee = activitySearch.search(COFFEE, 1).activities().getFirst().id();
        Document page = html("/activiteit/" + coffee, Map.of());
        Element link = page.select("a.organisation-link").first();
        assertThat(link.text()).isEqualTo("Buurthuis De Kern");
        assertThat(link.attr("href")).isEqualTo("/organisaties/105-buurthuis-de-kern");
    }

    @Test
    void theNetworkListIsTheSelectionAsCsvAndPdf() throws Exception {
        HttpResponse<byte[]> csv = get("/organisaties/netwerklijst.csv", Map.of("theme", "ontmoeten"));
        assertThat(csv.getHeaders().get("Content-Disposition")).contains("netwerklijst.csv");
        List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\uFEFF\"Naam\";\"Soort\";\"Adres\";\"Telefoon\";\"E-mail\";"
                + "\"Website\";\"Wijken\";\"Thema's\"");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(3)).startsWith("\"Welzijnskwartier\";\"Welzijnsorganisatie\";\"Zeeweg 12, 2224 AB Katwijk\";"
                + "\"071-4011234\";\"info@welzijnskwartier.example\";\"https://welzijnskwartier.example/\"");

        // A browser asks for HTML first: the network list is still no organisation page.
        HttpResponse<byte[]> asABrowserAsks = http.toBlocking().exchange(io.micronaut.http.HttpRequest
                .GET("/organisaties/netwerklijst.csv").accept("text/html,application/xhtml+xml,*/*;q=0.8"),
                byte[].class);
        assertThat(asABrowserAsks.getHeaders().get("Content-Disposition")).contains("netwerklijst.csv");

        byte[] pdf = get("/organisaties/netwerklijst.pdf", Map.of("wijk", RIJNSBURG)).body();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Netwerklijst", "3 organisaties (Rijnsburg)", "Protestantse Gemeente Rijnsburg",
                    "Sportvereniging Rijnsburg", "bestuur@sv-rijnsburg.example", "Welzijnskwartier")
                    .doesNotContain("Bibliotheek Katwijk");
        }
    }

    private Document html(String path, Map<String, String> params) {
        return Jsoup.parse(text(path, params));
    }

    private static List<String> names(Document page) {
        return page.select("ol.organisations h2 a").eachText();
    }
}
