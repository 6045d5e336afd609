package nl.bijeen.aggregator.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every document of the shipped world is well-formed for its format, not just the small test world's. */
class ShippedDocumentsTest {

    private static final URI BASE = URI.create("http://127.0.0.1:8099/");
    private final DemoWorld world = DemoFixtures.shippedWorld();
    private final DemoSiteRenderer renderer = new DemoSiteRenderer(world);

    private String render(String path) {
        return new String(renderer.render(path, BASE, DemoFixtures.NOVEMBER_MONDAY).orElseThrow().body(),
                StandardCharsets.UTF_8);
    }

    @Test
    void everyFeedAndAgendaIsWellFormed() throws Exception {
        for (DemoSite site : world.sites()) {
            String doc = render(site.feedUrlPath());
            int published = world.publications(site).size();
            switch (site.format()) {
                case ICAL -> {
                    assertThat(doc.split("\r\n")).as(site.id()).allSatisfy(line ->
                            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
                    assertThat(doc.replace("\r\n", "")).as(site.id()).doesNotContain("\n");
                    assertThat(doc.split("BEGIN:VEVENT", -1)).as(site.id()).hasSize(published + 1);
                }
                case RSS -> assertThat(SecureXml.parse(bytes(doc)).getElementsByTagName("item").getLength())
                        .as(site.id()).isEqualTo(published);
                case ATOM -> assertThat(SecureXml.parse(bytes(doc))
                        .getElementsByTagNameNS(SecureXml.ATOM, "entry").getLength()).as(site.id()).isEqualTo(published);
                case JSONLD -> assertThat(jsonLdGraph(doc)).as(site.id())
                        .hasSize(world.expectedItems(site.id(), DemoFixtures.NOVEMBER_MONDAY).stream()
                                .mapToInt(ExpectedItem::dates).sum() + 1); // the events and the page's publisher
                case RECIPE_BUURTHUIS -> assertThat(buurthuisEntries(site)).as(site.id()).isEqualTo(dates(site));
                case RECIPE_BIBLIOTHEEK -> {
                    org.jsoup.nodes.Document page = Jsoup.parse(doc, DemoWorld.feedUri(BASE, site).toString());
                    assertThat(page.select("table.agenda tbody tr")).as(site.id()).hasSize(dates(site));
                    assertThat(page.select("td.titel a").eachAttr("abs:href").stream().distinct()).as(site.id())
                            .hasSize(published).allSatisfy(link -> assertThat(Jsoup.parse(render(
                                    URI.create(link).getPath())).select("article.activiteit dd.adres")).hasSize(1));
                }
            }
            if (site.format().isRecipe()) {
                assertThat(doc).as(site.id() + ": a recipe site has no event markup").doesNotContain(
                        "application/ld+json", "itemscope", "vevent", "h-event", "<time");
            }
        }
    }

    /** Entries on every list page: agenda.html, then each rel=next page, within the recipe's 5 pages. */
    private int buurthuisEntries(DemoSite site) {
        int entries = 0;
        String path = site.feedUrlPath();
        for (int page = 1; path != null; page++) {
            assertThat(page).as(site.id() + ": list pages").isLessThanOrEqualTo(DemoWorld.MAX_LIST_PAGES);
            org.jsoup.nodes.Document doc = Jsoup.parse(render(path), BASE.resolve(path).toString());
            int here = doc.select("ul.agenda > li.activiteit").size();
            assertThat(here).as(site.id() + " page " + page).isBetween(1, DemoWorld.ENTRIES_PER_PAGE);
            entries += here;
            var next = doc.selectFirst("a[rel=next]");
            path = next == null ? null : URI.create(next.attr("abs:href")).getPath();
        }
        return entries;
    }

    private int dates(DemoSite site) {
        return world.expectedItems(site.id(), DemoFixtures.NOVEMBER_MONDAY).stream().mapToInt(ExpectedItem::dates).sum();
    }

    @Test
    void everyHomepageAnnouncesItsFeed() {
        for (DemoSite site : world.sites()) {
            String home = render(site.homePath());
            if (site.format().isRecipe()) {
                assertThat(home).as(site.id() + ": no feed, only a link to the agenda page")
                        .doesNotContain("<link rel=\"alternate\"")
                        .contains("<a href=\"" + DemoWorld.feedUri(BASE, site) + "\">");
                continue;
            }
            assertThat(home).as(site.id()).contains("<link rel=\"alternate\" type=\""
                    + HomepageRenderer.feedType(site.format()) + "\"")
                    .contains("href=\"" + DemoWorld.feedUri(BASE, site) + "\"")
                    .doesNotContain("application/ld+json");
        }
    }

    private static JsonNode jsonLdGraph(String html) throws Exception {
        String open = "<script type=\"application/ld+json\">";
        assertThat(html.split(java.util.regex.Pattern.quote(open), -1)).hasSize(2);
        int start = html.indexOf(open) + open.length();
        return new ObjectMapper().readTree(html.substring(start, html.indexOf("</script>", start))).get("@graph");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
