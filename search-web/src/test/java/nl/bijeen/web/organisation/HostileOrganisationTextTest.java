package nl.bijeen.web.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

import nl.bijeen.aggregator.organisation.StoredOrganisation;
import nl.bijeen.aggregator.support.OrganisationRows;
import nl.bijeen.connectors.model.OrganisationKind;
import nl.bijeen.connectors.model.Place;
import nl.bijeen.web.organisation.index.OrganisationFollower;
import nl.bijeen.web.support.EmptyApp;
import nl.bijeen.web.support.Wait;

/**
 * What a source says about an organisation is data, never markup, link or formula: a script in its name stays text on
 * the pages and cannot end the JSON-LD element, a javascript: website and a malformed e-mail address become no link,
 * and a formula in the network list is defused.
 */
@MicronautTest
class HostileOrganisationTextTest extends EmptyApp {

    private static final String NAME = "=HYPERLINK(\"http://evil.example\")</script><script>alert(1)</script>";
    private static final StoredOrganisation HOSTILE = new StoredOrganisation(66, NAME, List.of("<b>vet</b>"),
            OrganisationKind.OVERIG, "<img src=x onerror=alert(1)>", List.of(), List.of(), List.of(),
            new Place("<i>plaats</i>", "-1+1 straat", 52.2, 4.4), "071 <script>", "a@b.example\"><script>",
            URI.create("javascript:alert(1)"), List.of(), URI.create("http://logo.example/x.png"), null, List.of(),
            0, null, null);

    @Inject
    DataSource dataSource;
    @Inject
    OrganisationFollower follower;

    HostileOrganisationTextTest() {
        super("hostile-organisation");
    }

    @BeforeAll
    void storeTheHostileOrganisation() {
        OrganisationRows.put(dataSource, HOSTILE, List.of());
        Wait.until("the organisation is indexed", Duration.ofSeconds(20), () -> follower.lastAppliedSeq() >= 1);
    }

    @Test
    void theDirectoryShowsTheTextAndMakesNoUnsafeLink() {
        Document page = Jsoup.parse(text("/organisaties"));
        assertThat(page.select("ol.organisations h2 a").text()).isEqualTo(NAME);
        assertThat(page.select("script:containsData(alert)")).isEmpty();
        assertThat(page.select("a[href^=javascript]")).isEmpty();
        assertThat(page.select("a[href^=mailto]")).isEmpty();
    }

    @Test
    void theOrganisationPageKeepsTheJsonLdClosedAndLinksNothingUnsafe() {
        Document page = Jsoup.parse(text("/organisaties/66"));
        assertThat(page.select("h1").text()).isEqualTo(NAME);
        assertThat(page.select("script")).allSatisfy(s -> assertThat(s.data()).doesNotContain("alert(1)</script>"));
        assertThat(page.select("script[type=application/ld+json]").html()).contains("\\u003c/script\\u003e");
        assertThat(page.select("a[href^=javascript], a[href^=mailto], img.logo")).isEmpty();
        assertThat(page.select("img[onerror]")).isEmpty();
    }

    @Test
    void theNetworkListDefusesFormulas() {
        String csv = new String(get("/organisaties/netwerklijst.csv", Map.of()).body(), StandardCharsets.UTF_8);
        String row = csv.lines().toList().get(1);
        assertThat(row).startsWith("\"'=HYPERLINK(").contains("\"'-1+1 straat\"");
    }

    private String text(String path) {
        return new String(get(path, Map.of()).body(), StandardCharsets.UTF_8);
    }

    private io.micronaut.http.HttpResponse<byte[]> get(String path, Map<String, String> params) {
        io.micronaut.http.uri.UriBuilder uri = io.micronaut.http.uri.UriBuilder.of(path);
        params.forEach(uri::queryParam);
        return http.toBlocking().exchange(io.micronaut.http.HttpRequest.GET(uri.build().toString()), byte[].class);
    }
}
