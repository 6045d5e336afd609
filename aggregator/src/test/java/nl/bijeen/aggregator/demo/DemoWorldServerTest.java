package nl.bijeen.aggregator.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DemoWorldServerTest {

    private final DemoWorld world = DemoFixtures.shippedWorld();
    private final DemoWorldServer server = DemoWorldServer.start(world, 0, DemoFixtures.NOVEMBER_MONDAY);
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        server.close();
        http.close();
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUri().resolve(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listensOnLoopbackOnly() {
        assertThat(server.baseUri().getHost()).isEqualTo("127.0.0.1");
        assertThat(server.baseUri().getPort()).isPositive();
    }

    @Test
    void indexPageListsEverySite() throws Exception {
        HttpResponse<String> index = get("/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(world.sites()).allSatisfy(site ->
                assertThat(index.body()).contains(Html.escape(site.name()), site.homePath()));
    }

    @Test
    void feedsAreServedWithTheirContentTypes() throws Exception {
        assertThat(get("/buurthuis-de-kern/agenda.ics").headers().firstValue("Content-Type"))
                .contains("text/calendar; charset=utf-8");
        assertThat(get("/welzijn-kust-en-rijn/nieuws.rss").headers().firstValue("Content-Type"))
                .contains("application/rss+xml; charset=utf-8");
        assertThat(get("/moestuin-de-zanderij/nieuws.atom").headers().firstValue("Content-Type"))
                .contains("application/atom+xml; charset=utf-8");
        HttpResponse<String> agenda = get("/wijkcentrum-de-duinpan/agenda/");
        assertThat(agenda.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(agenda.body()).contains("application/ld+json");
        assertThat(get("/img/bewegen.svg").headers().firstValue("Content-Type")).contains("image/svg+xml");
    }

    @Test
    void everySiteHasAHomepageAndItsFeed() throws Exception {
        for (DemoSite site : world.sites()) {
            assertThat(get(site.homePath()).statusCode()).as(site.id()).isEqualTo(200);
            assertThat(get(site.feedUrlPath()).statusCode()).as(site.id()).isEqualTo(200);
        }
    }

    @Test
    void recipeSitesServeFurtherListPagesAndDetailPages() throws Exception {
        HttpResponse<String> first = get("/buurthuis-zuid/agenda.html");
        assertThat(first.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(first.body()).contains("<ul class=\"agenda\">", "<a rel=\"next\" href=\"agenda-2.html\">");
        assertThat(get("/buurthuis-zuid/agenda-2.html").statusCode()).isEqualTo(200);
        assertThat(get("/buurthuis-zuid/agenda-5.html").statusCode()).isEqualTo(404);
        assertThat(get("/buurthuis-zuid/agenda-0.html").statusCode()).isEqualTo(404);

        assertThat(get("/bibliotheek-hoornes/agenda.html").body()).contains("<table class=\"agenda\">",
                "<a href=\"agenda/voorlezen-peuters.html\">Voorleesochtend voor peuters</a>");
        HttpResponse<String> detail = get("/bibliotheek-hoornes/agenda/voorlezen-peuters.html");
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body()).contains("<article class=\"activiteit\">", "<dd class=\"eindtijd\">11.00 uur</dd>",
                "<dd class=\"adres\">Hoorneslaan 120, 2221 DK Katwijk</dd>");
        assertThat(get("/bibliotheek-hoornes/agenda/taalcafe-bibliotheek.html").statusCode())
                .as("not published on this site").isEqualTo(404);
    }

    @Test
    void unknownPathsAreNotFound() throws Exception {
        assertThat(get("/bestaat-niet/").statusCode()).isEqualTo(404);
        assertThat(get("/buurthuis-de-kern/agenda.rss").statusCode()).isEqualTo(404);
        assertThat(get("/img/onbekend.svg").statusCode()).isEqualTo(404);
        assertThat(get("/buurthuis-de-kern").statusCode()).isEqualTo(404);
    }

    @Test
    void secondRequestWithTheETagGetsNotModified() throws Exception {
        HttpResponse<String> first = get("/taalhuis-katwijk/agenda.html");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(first.headers().firstValue("Last-Modified")).isPresent();

        HttpResponse<String> second = get("/taalhuis-katwijk/agenda.html", "If-None-Match", etag);
        assertThat(second.statusCode()).isEqualTo(304);
        assertThat(second.body()).isEmpty();
        assertThat(second.headers().firstValue("ETag")).contains(etag);

        assertThat(get("/taalhuis-katwijk/agenda.html", "If-None-Match", "\"iets-anders\"").statusCode())
                .isEqualTo(200);
    }

    @Test
    void ifModifiedSinceWithTheLastModifiedDateGetsNotModified() throws Exception {
        String lastModified = get("/sv-de-vliet/clubagenda.ics").headers().firstValue("Last-Modified").orElseThrow();
        assertThat(get("/sv-de-vliet/clubagenda.ics", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
    }

    @Test
    void onlyGetAndHeadAreAllowed() throws Exception {
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(server.baseUri().resolve("/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(server.baseUri().resolve("/ontmoetingskerk/activiteiten.ics"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void sourceDefinitionsPointAtServedFeeds() throws Exception {
        for (var source : world.sourceDefinitions(server.baseUri())) {
            URI url = source.url();
            assertThat(http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode()).as(source.id()).isEqualTo(200);
        }
    }
}
