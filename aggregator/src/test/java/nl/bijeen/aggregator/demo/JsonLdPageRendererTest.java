package nl.bijeen.aggregator.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class JsonLdPageRendererTest {

    private final String html = SmallWorld.renderText("/agenda/agenda.html");

    private JsonNode graph() throws Exception {
        String open = "<script type=\"application/ld+json\">";
        int start = html.indexOf(open) + open.length();
        return new ObjectMapper().readTree(html.substring(start, html.indexOf("</script>", start))).get("@graph");
    }

    /** The events of the graph, without the page's own organisation that heads it. */
    private List<JsonNode> events() throws Exception {
        List<JsonNode> events = new ArrayList<>();
        graph().forEach(n -> {
            if (n.get("@type").asText().equals("Event")) {
                events.add(n);
            }
        });
        return events;
    }

    @Test
    void pageHasExactlyOneJsonLdBlockThatNoTextCanBreakOutOf() {
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(html.split("<script", -1)).hasSize(2);
        assertThat(html.split("</script>", -1)).hasSize(2);
        assertThat(html).contains("<title>Agenda – Agenda &lt;/script&gt; test</title>");
        assertThat(html).contains("<h2>" + Html.escape(SmallWorld.KOFFIE_TITLE) + "</h2>");
    }

    @Test
    void recurringActivitiesAppearAsFourEventsWithDistinctIds() throws Exception {
        List<JsonNode> graph = events();
        assertThat(graph).hasSize(4 + 4 + 1 + 4);
        List<String> ids = new ArrayList<>();
        graph.forEach(e -> ids.add(e.get("@id").asText()));
        assertThat(ids).doesNotHaveDuplicates().contains("urn:bijeen-demo:agenda:koffie:2026-12-15");
        List<String> koffieStarts = new ArrayList<>();
        graph.forEach(e -> {
            if (e.get("name").asText().equals(SmallWorld.KOFFIE_TITLE)) {
                koffieStarts.add(e.get("startDate").asText());
            }
        });
        assertThat(koffieStarts).containsExactly("2026-11-24T10:00:00+01:00", "2026-12-01T10:00:00+01:00",
                "2026-12-08T10:00:00+01:00", "2026-12-15T10:00:00+01:00");
    }

    @Test
    void eventsCarryPlaceOrganiserOfferAudienceAndStatus() throws Exception {
        JsonNode koffie = events().get(0);
        assertThat(koffie.get("description").asText()).contains("Ook </script> en ]]> mogen geen kwaad.");
        assertThat(koffie.at("/location/address/postalCode").asText()).isEqualTo("2222 AH");
        assertThat(koffie.at("/location/geo/latitude").asDouble()).isEqualTo(52.201);
        assertThat(koffie.at("/organizer/name").asText()).isEqualTo("Stichting \"Kal\"; Test, Katwijk");
        assertThat(koffie.at("/offers/price").asText()).isEqualTo("2.50");
        assertThat(koffie.at("/offers/priceCurrency").asText()).isEqualTo("EUR");
        assertThat(koffie.at("/audience/0/audienceType").asText()).isEqualTo("senioren");
        assertThat(koffie.get("keywords").asText()).isEqualTo("ontmoeten, eten");
        assertThat(koffie.get("eventStatus").asText()).isEqualTo("https://schema.org/EventScheduled");
        JsonNode lezing = events().get(8);
        assertThat(lezing.get("name").asText()).isEqualTo("Lezing");
        assertThat(lezing.get("eventStatus").asText()).isEqualTo("https://schema.org/EventCancelled");
        assertThat(lezing.get("isAccessibleForFree").asBoolean()).isFalse();
    }

    @Test
    void organizerCarriesWhatWorldYmlKnowsOfTheOrganisation() throws Exception {
        JsonNode organizer = events().get(0).get("organizer");
        assertThat(organizer.get("@type").asText()).isEqualTo("Organization");
        assertThat(organizer.get("email").asText()).isEqualTo("kal@example.org");
        assertThat(organizer.get("telephone").asText()).isEqualTo("071 401 22 10");
        assertThat(organizer.get("description").asText()).isEqualTo("Beheert <het> buurthuis & meer");
        assertThat(organizer.at("/address/streetAddress").asText()).isEqualTo("Westerbaan 92");
        assertThat(organizer.at("/geo/longitude").asDouble()).isEqualTo(4.432);
        assertThat(organizer.get("logo").asText()).isEqualTo("http://127.0.0.1:8099/logos/kal.svg");
        assertThat(organizer.at("/openingHoursSpecification/0/dayOfWeek")).hasSize(5);
        assertThat(organizer.at("/openingHoursSpecification/0/dayOfWeek/4").asText())
                .isEqualTo("https://schema.org/Friday");
        assertThat(organizer.at("/openingHoursSpecification/1/opens").asText()).isEqualTo("10:00");
        assertThat(organizer.at("/openingHoursSpecification/1/closes").asText()).isEqualTo("12:00");
        assertThat(organizer.at("/funder/name").asText()).isEqualTo("Gemeente Katwijk");
    }

    @Test
    void pageNamesItsPublisherAsATopLevelOrganisation() throws Exception {
        JsonNode publisher = graph().get(0);
        assertThat(publisher.get("@type").asText()).isEqualTo("EducationalOrganization");
        assertThat(publisher.get("@id").asText()).isEqualTo("http://127.0.0.1:8099/agenda/#organisatie");
        assertThat(publisher.get("name").asText()).isEqualTo("Taal & Zo");
        assertThat(publisher.get("url").asText()).isEqualTo("https://taal.example");
        assertThat(publisher.get("logo").asText()).isEqualTo("http://127.0.0.1:8099/logos/taal.svg");
    }

    @Test
    void everyOrganisationHasALogoOnTheServer() {
        assertThat(SmallWorld.renderText("/logos/buren.svg")).startsWith("<svg").contains("<title>Buren &amp; Co</title>");
        assertThat(new DemoSiteRenderer(SmallWorld.WORLD).render("/logos/onbekend.svg", SmallWorld.BASE,
                DemoFixtures.NOVEMBER_MONDAY)).isEmpty();
    }

    @Test
    void homepageLinksToTheFeedAsAlternate() {
        assertThat(SmallWorld.renderText("/nieuws/")).contains(
                "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Nieuws en activiteiten van Nieuws &amp; Meer\""
                        + " href=\"http://127.0.0.1:8099/nieuws/feed.xml\">");
        assertThat(SmallWorld.renderText("/kal/index.html")).contains("type=\"text/calendar\"",
                "href=\"http://127.0.0.1:8099/kal/agenda.ics\"");
    }
}
