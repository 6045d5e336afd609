package nl.bijeen.connectors.html;

import static nl.bijeen.connectors.Fixtures.amsterdam;
import static nl.bijeen.connectors.Fixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.model.ParseResult;
import nl.bijeen.connectors.spi.Document;

class MicrodataItemsTest {

    private static final String PAGE = "https://www.example.nl/agenda/";

    private static JsonNode only(String html) {
        List<JsonNode> items = MicrodataItems.read(Jsoup.parse(html, PAGE));
        assertThat(items).hasSize(1);
        return items.getFirst();
    }

    @Test
    void valuesComeFromContentDatetimeHrefSrcValueOrText() {
        JsonNode item = only("<div itemscope itemtype='https://schema.org/Event' itemid='#e1'>"
                + "<span itemprop='name' content='Lentewandeling'>Lente!</span>"
                + "<time itemprop='startDate' datetime='2026-04-12T10:00'>12 april</time>"
                + "<a itemprop='url' href='wandeling'>meer</a><img itemprop='image' src='/w.jpg'>"
                + "<data itemprop='maximumAttendeeCapacity' value='30'>dertig</data>"
                + "<span itemprop='keywords'>natuur</span><span itemprop='keywords'>wandelen</span></div>");

        assertThat(item.toString()).isEqualTo("{\"@type\":[\"https://schema.org/Event\"],\"@id\":\"https://www.example.nl/agenda/#e1\","
                + "\"name\":\"Lentewandeling\",\"startDate\":\"2026-04-12T10:00\",\"url\":\"https://www.example.nl/agenda/wandeling\","
                + "\"image\":\"https://www.example.nl/w.jpg\",\"maximumAttendeeCapacity\":\"30\",\"keywords\":[\"natuur\",\"wandelen\"]}");
    }

    @Test
    void anItemrefCycleEndsAndNestedItemsKeepTheirOwnProperties() {
        JsonNode item = only("<div itemscope itemtype='https://schema.org/Event' itemref='a'><span itemprop='name'>Markt</span>"
                + "<div itemprop='location' itemscope itemtype='https://schema.org/Place'><span itemprop='name'>Plein</span></div></div>"
                + "<div id='a' itemprop='organizer' itemscope itemtype='https://schema.org/Organization' itemref='a'>"
                + "<span itemprop='name'>Marktcommissie</span></div>");

        assertThat(item.get("name").asText()).isEqualTo("Markt");
        assertThat(item.get("location").get("name").asText()).isEqualTo("Plein");
        assertThat(item.get("organizer").get("name").asText()).isEqualTo("Marktcommissie");
    }

    @Test
    void aMicrodataEventWithTheUrlOfAJsonLdEventIsNotImportedAgain() throws Exception {
        String html = "<html><head><script type='application/ld+json'>{\"@type\":\"Event\",\"name\":\"Rommelmarkt\","
                + "\"url\":\"https://www.example.nl/agenda/rommelmarkt\",\"startDate\":\"2026-04-11T09:00\"}</script></head>"
                + "<body><div itemscope itemtype='https://schema.org/Event'><a itemprop='url' href='rommelmarkt'>"
                + "<span itemprop='name'>Rommelmarkt in de Dorpsstraat</span></a>"
                + "<meta itemprop='startDate' content='2026-04-11T08:30'></div></body></html>";
        ParseResult result = new JsonLdConnector().parse(new Document(URI.create(PAGE), "text/html; charset=utf-8",
                html.getBytes(StandardCharsets.UTF_8)), settings());

        assertThat(result.activities()).extracting(ActivityDraft::title).containsExactly("Rommelmarkt");
        assertThat(result.activities().getFirst().schedule().occurrences())
                .containsExactly(new Occurrence(amsterdam(2026, 4, 11, 9, 0), null, false));
    }

    @Test
    void theSameTitleAtTheSameHourAtTwoPlacesInJsonLdIsTwoActivities() throws Exception {
        String event = "{\"@type\":\"Event\",\"name\":\"Spreekuur wijkagent\",\"startDate\":\"2026-03-18T13:00\","
                + "\"location\":\"%s\"}";
        String html = "<script type='application/ld+json'>[" + event.formatted("Wijkpost Noord") + ","
                + event.formatted("Wijkpost Zuid") + "]</script>";
        ParseResult result = new JsonLdConnector().parse(new Document(URI.create(PAGE), "text/html; charset=utf-8",
                html.getBytes(StandardCharsets.UTF_8)), settings());

        assertThat(result.activities()).extracting(a -> a.place().name()).containsExactly("Wijkpost Noord", "Wijkpost Zuid");
    }

    @Test
    void aMicrodataEventWithOnlyAHumanDateIsAWarningUnlessTheJsonLdGaveIt() throws Exception {
        String html = "<div itemscope itemtype='https://schema.org/Event'><span itemprop='name'>Lampionnenoptocht</span>"
                + "<span itemprop='startDate'>vrijdag 11 november</span></div>";
        ParseResult result = new JsonLdConnector().parse(new Document(URI.create(PAGE), "text/html; charset=utf-8",
                html.getBytes(StandardCharsets.UTF_8)), settings());

        assertThat(result.activities()).isEmpty();
        assertThat(result.warnings()).containsExactly(new nl.bijeen.connectors.model.Warning(
                "\"Lampionnenoptocht\" (#1 on the page)",
                "event \"Lampionnenoptocht\" has no readable start date (startDate \"vrijdag 11 november\"): skipped"));
    }
}
