package nl.bijeen.connectors.spi;

import static nl.bijeen.connectors.Fixtures.document;
import static nl.bijeen.connectors.Fixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import nl.bijeen.connectors.model.ParseResult;

class ConnectorsTest {

    private final Connectors connectors = Connectors.standard();

    private String picked(Document document) {
        return connectors.pick(document, "auto").map(ActivityConnector::format).orElse("none");
    }

    @Test
    void picksTheConnectorByContentSniffingWhenTheContentTypeSaysNothing() {
        String unhelpful = "application/octet-stream";

        assertThat(picked(document("ical/google-wijkagenda.ics", "https://www.example.nl/a", unhelpful))).isEqualTo("ical");
        assertThat(picked(document("feed/wordpress-agenda.xml", "https://www.example.nl/b", unhelpful))).isEqualTo("feed");
        assertThat(picked(document("feed/atom-gemeente.xml", "https://www.example.nl/c", null))).isEqualTo("feed");
        assertThat(picked(document("feed/rss1-events.rdf", "https://www.example.nl/d", null))).isEqualTo("feed");
        assertThat(picked(document("html/buurthuis-agenda.html", "https://www.example.nl/e", unhelpful))).isEqualTo("jsonld");
    }

    @Test
    void picksTheConnectorByContentType() {
        assertThat(picked(new Document(URI.create("https://www.example.nl/"), "text/calendar", new byte[0]))).isEqualTo("ical");
        assertThat(picked(new Document(URI.create("https://www.example.nl/"), "application/atom+xml", new byte[0]))).isEqualTo("feed");
        assertThat(picked(new Document(URI.create("https://www.example.nl/"), "text/html", new byte[0]))).isEqualTo("jsonld");
    }

    @Test
    void formatHintOverridesSniffing() throws Exception {
        Document page = document("html/buurthuis-agenda.html", "https://www.dekern-katwijk.nl/agenda/", "text/html");

        assertThat(connectors.pick(page, "ical").map(ActivityConnector::format)).contains("ical");
        ParseResult result = connectors.parse(page, new SourceSettings("bron", "jsonld", null, null, settings().now()));
        assertThat(result.activities()).hasSize(6);
    }

    @Test
    void parsesEachFormatThroughTheComposite() throws Exception {
        assertThat(connectors.parse(document("ical/outlook-buurthuis.ics", "https://www.example.nl/a", null), settings())
                .activities()).hasSize(2);
        assertThat(connectors.parse(document("feed/wordpress-agenda.xml", "https://www.example.nl/b", null), settings())
                .activities()).hasSize(7);
    }

    @Test
    void plainTextSentenceFailsWithAClearMessage() {
        Document sentence = new Document(URI.create("https://www.example.nl/agenda"), "text/plain",
                "Onze agenda staat tijdelijk offline. Excuses voor het ongemak.".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> connectors.parse(sentence, settings()))
                .isInstanceOf(ConnectorException.class)
                .hasMessage("not an iCal feed, RSS/Atom feed or web page that Bijeen can read (https://www.example.nl/agenda)")
                .extracting(e -> ((ConnectorException) e).sourceUrl())
                .isEqualTo(URI.create("https://www.example.nl/agenda"));
    }

    @Test
    void randomBytesFailWithAClearMessage() {
        byte[] noise = new byte[4096];
        new Random(20260310L).nextBytes(noise);
        noise[0] = 0x00;
        Document garbage = new Document(URI.create("https://www.example.nl/ruis"), null, noise);

        assertThatThrownBy(() -> connectors.parse(garbage, settings()))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("not an iCal feed, RSS/Atom feed or web page");
    }

    @Test
    void feedContentTypeWithAnHtmlErrorPageFailsInTheFeedConnector() {
        Document errorPage = new Document(URI.create("https://www.example.nl/feed/"), "application/rss+xml",
                "<html><body><h1>500 Interne serverfout</h1></body></html>".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> connectors.parse(errorPage, settings()))
                .isInstanceOf(ConnectorException.class)
                .hasMessageStartingWith("not a readable RSS or Atom feed");
    }
}
