package nl.bijeen.connectors.feed;

import static nl.bijeen.connectors.Fixtures.amsterdam;
import static nl.bijeen.connectors.Fixtures.document;
import static nl.bijeen.connectors.Fixtures.settings;
import static nl.bijeen.connectors.Fixtures.titled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.model.ParseResult;
import nl.bijeen.connectors.model.Place;
import nl.bijeen.connectors.spi.ConnectorException;
import nl.bijeen.connectors.spi.Document;

class FeedConnectorTest {

    private static final String FEED_URL = "https://www.dekern-katwijk.nl/agenda/feed/";

    private final FeedConnector connector = new FeedConnector();

    private ParseResult parse(String fixture, String contentType) throws ConnectorException {
        return connector.parse(document("feed/" + fixture, FEED_URL, contentType), settings());
    }

    private ParseResult wordpress() throws ConnectorException {
        return parse("wordpress-agenda.xml", "application/rss+xml; charset=UTF-8");
    }

    @Test
    void eventModuleDatesBecomeTheOccurrence() throws Exception {
        ActivityDraft disco = titled(wordpress(), "Kinderdisco in De Kern");

        assertThat(disco.schedule().occurrences()).singleElement()
                .isEqualTo(new Occurrence(amsterdam(2026, 3, 20, 18, 30), amsterdam(2026, 3, 20, 20, 0), false));
        assertThat(disco.place()).isEqualTo(new Place("Buurthuis De Kern", "Voorstraat 12, 2225 ER Katwijk", null, null));
        assertThat(disco.organiser().name()).isEqualTo("Jongerenwerk Katwijk");
    }

    @Test
    void itemFieldsAreMapped() throws Exception {
        ActivityDraft disco = titled(wordpress(), "Kinderdisco in De Kern");

        assertThat(disco.sourceItemId()).isEqualTo("https://www.dekern-katwijk.nl/?p=1234");
        assertThat(disco.link()).isEqualTo(URI.create("https://www.dekern-katwijk.nl/agenda/kinderdisco-maart/"));
        assertThat(disco.themes()).containsExactly("Kinderen", "Muziek & dans", "Feest");
        assertThat(disco.image()).isEqualTo(URI.create("https://www.dekern-katwijk.nl/wp-content/uploads/2026/02/disco.jpg"));
    }

    @Test
    void aFeedCutOffMidItemKeepsTheWholeItemsAndSkipsTheCutOneWithAWarning() throws Exception {
        ParseResult result = parse("afgebroken-download.xml", "application/rss+xml");

        assertThat(result.activities()).extracting(ActivityDraft::title).containsExactly("Buurtbarbecue");
        assertThat(result.activities().getFirst().schedule().occurrences().getFirst().start())
                .isEqualTo(amsterdam(2026, 6, 20, 17, 0));
        assertThat(result.warnings()).extracting(w -> w.message())
                .contains("the feed stops in the middle of its last item: that item was skipped");
    }

    @Test
    void categoriesInAnAudienceDomainBecomeAudiencesNotThemes() throws Exception {
        ActivityDraft disco = titled(wordpress(), "Kinderdisco in De Kern");

        assertThat(disco.audiences()).containsExactly("Kinderen 6-12 jaar");
        assertThat(disco.themes()).doesNotContain("Kinderen 6-12 jaar");
    }

    @Test
    void contentEncodedIsSanitisedAndPreferredOverTheTeaser() throws Exception {
        ActivityDraft disco = titled(wordpress(), "Kinderdisco in De Kern");

        assertThat(disco.description().html()).isEqualTo("<p>Dansen, limonade en de beste hits! Voor kinderen van 6 tot "
                + "12 jaar.</p>\n<p>Entree € 2,50. <a href=\"https://www.dekern-katwijk.nl/contact/\" "
                + "rel=\"nofollow noopener\">Vragen?</a> Klik hier</p>");
        assertThat(disco.description().text()).isEqualTo(
                "Dansen, limonade en de beste hits! Voor kinderen van 6 tot 12 jaar.\n\nEntree € 2,50. Vragen? Klik hier");
    }

    @Test
    void dutchDatePhraseInItemTextBecomesOccurrence() throws Exception {
        ActivityDraft voorlezen = titled(wordpress(), "Voorleesmiddag in de bibliotheek");

        assertThat(voorlezen.schedule().occurrences()).singleElement()
                .isEqualTo(new Occurrence(amsterdam(2026, 3, 14, 14, 0), amsterdam(2026, 3, 14, 16, 0), false));
        assertThat(voorlezen.schedule().allDay()).isFalse();
    }

    @Test
    void datePhraseWithoutYearMeansTheNextSuchDayAfterPublication() throws Exception {
        ActivityDraft bingo = titled(wordpress(), "Bingo di 24 nov. 10.00 – 12.00 uur");

        assertThat(bingo.schedule().occurrences()).singleElement()
                .isEqualTo(new Occurrence(amsterdam(2026, 11, 24, 10, 0), amsterdam(2026, 11, 24, 12, 0), false));
    }

    @Test
    void numericDatePhraseInDescriptionIsRead() throws Exception {
        ActivityDraft boom = titled(wordpress(), "Boomfeestdag in het Rijnsoeverpark");

        assertThat(boom.schedule().occurrences()).singleElement()
                .isEqualTo(new Occurrence(amsterdam(2026, 3, 28, 10, 0), null, false));
        assertThat(boom.image()).isEqualTo(
                URI.create("https://www.dekern-katwijk.nl/wp-content/uploads/2026/03/boom-150x150.jpg"));
    }

    @Test
    void itemWithoutDateIsAnOngoingOfferNotItsPublicationDate() throws Exception {
        ParseResult result = wordpress();
        ActivityDraft hulp = titled(result, "Formulierenhulp");

        assertThat(hulp.schedule().hasFixedDate()).isFalse();
        assertThat(hulp.sourceItemId()).isEqualTo("https://www.dekern-katwijk.nl/agenda/formulierenhulp/");
        assertThat(hulp.themes()).containsExactly("Hulp & advies");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void eventModuleTimeWithoutOffsetUsesSourceZone() throws Exception {
        ActivityDraft repair = titled(wordpress(), "Inloopavond Repair Café");

        assertThat(repair.schedule().occurrences()).singleElement()
                .isEqualTo(new Occurrence(amsterdam(2026, 4, 2, 19, 30), null, false));
        assertThat(repair.place()).isEqualTo(new Place("Buurthuis De Kern", null, null, null));
        assertThat(repair.image()).isEqualTo(URI.create("https://www.dekern-katwijk.nl/wp-content/uploads/2026/03/repair.png"));
        assertThat(repair.organiser()).isNull();
    }

    @Test
    void eventModuleDateWithoutTimeIsAllDay() throws Exception {
        ActivityDraft koningsdag = titled(wordpress(), "Koningsdag vrijmarkt");

        assertThat(koningsdag.schedule().allDay()).isTrue();
        assertThat(koningsdag.schedule().occurrences()).singleElement()
                .isEqualTo(new Occurrence(amsterdam(2026, 4, 27, 0, 0), amsterdam(2026, 4, 28, 0, 0), false));
        assertThat(koningsdag.themes()).containsExactly("Markt");
    }

    @Test
    void everyWordpressItemIsImported() throws Exception {
        assertThat(wordpress().activities()).hasSize(7);
    }

    @Test
    void atomEntriesAreReadWithAuthorAndCategories() throws Exception {
        ParseResult result = parse("atom-gemeente.xml", "application/atom+xml");
        ActivityDraft inloop = titled(result, "Inloopavond Omgevingsplan Katwijk aan Zee");

        assertThat(inloop.sourceItemId()).isEqualTo("tag:katwijk.nl,2026:agenda/4711");
        assertThat(inloop.link()).isEqualTo(URI.create("https://www.dekern-katwijk.nl/agenda/inloopavond-omgevingsplan"));
        assertThat(inloop.organiser().name()).isEqualTo("Team Participatie");
        assertThat(inloop.themes()).containsExactly("Wonen en omgeving", "Inspraak");
        assertThat(inloop.schedule().occurrences()).singleElement()
                .isEqualTo(new Occurrence(amsterdam(2026, 4, 1, 19, 30), amsterdam(2026, 4, 1, 21, 0), false));
        assertThat(inloop.description().html()).endsWith("<ul><li>Informatie</li><li>Vragen stellen</li></ul>");
        assertThat(titled(result, "Afvalbrengpunt: aangepaste openingstijden").schedule().hasFixedDate()).isFalse();
    }

    @Test
    void rss10ItemsWithTheEventModuleAreRead() throws Exception {
        ActivityDraft simultaan = titled(parse("rss1-events.rdf", "application/rdf+xml"),
                "Simultaanschaak tegen de clubkampioen");

        assertThat(simultaan.schedule().occurrences()).singleElement()
                .isEqualTo(new Occurrence(amsterdam(2026, 3, 25, 19, 45), amsterdam(2026, 3, 25, 23, 0), false));
        assertThat(simultaan.place().name()).isEqualTo("Wijkcentrum Zeezicht");
        assertThat(simultaan.sourceItemId()).isEqualTo("https://www.schaakclub-zeezicht.nl/agenda/simultaan");
    }

    @Test
    void malformedFeedYieldsWarningsAndGoodItems() throws Exception {
        ParseResult result = parse("kapot.xml", "text/xml");

        assertThat(result.activities()).extracting(ActivityDraft::title).containsExactly(
                "Lezing over de geschiedenis van de Oude Kerk", "Gymnastiek voor 65-plussers");
        assertThat(titled(result, "Gymnastiek voor 65-plussers").schedule().occurrences()).singleElement()
                .isEqualTo(new Occurrence(amsterdam(2026, 3, 19, 10, 0), amsterdam(2026, 3, 19, 11, 0), false));
        assertThat(titled(result, "Lezing over de geschiedenis van de Oude Kerk").schedule().hasFixedDate()).isFalse();
        assertThat(result.warnings()).extracting(w -> w.itemRef()).containsExactly("anbo-88", "anbo-89");
        assertThat(result.warnings().get(0).message()).contains("no title");
        assertThat(result.warnings().get(1).message()).contains("binnenkort");
    }

    @Test
    void rss091ItemsAreRead() throws Exception {
        String xml = "<?xml version=\"1.0\"?><rss version=\"0.91\"><channel><title>Volkstuinvereniging</title>"
                + "<link>https://www.volkstuin-katwijk.nl/</link><description>Nieuws</description><language>nl</language>"
                + "<item><title>Plantjesmarkt</title><link>https://www.volkstuin-katwijk.nl/plantjesmarkt</link>"
                + "<description>Zaterdag 9 mei 2026 van 9.00 tot 12.00 uur op het complex.</description></item>"
                + "</channel></rss>";
        Document rss091 = new Document(URI.create(FEED_URL), "application/rss+xml", xml.getBytes(StandardCharsets.UTF_8));

        ActivityDraft markt = titled(connector.parse(rss091, settings()), "Plantjesmarkt");
        assertThat(markt.sourceItemId()).isEqualTo("https://www.volkstuin-katwijk.nl/plantjesmarkt");
        assertThat(markt.schedule().occurrences()).singleElement()
                .isEqualTo(new Occurrence(amsterdam(2026, 5, 9, 9, 0), amsterdam(2026, 5, 9, 12, 0), false));
    }

    @Test
    void charsetFromTheXmlDeclarationIsHonoured() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<link>https://www.example.nl/</link><description>d</description><item><title>Caf\u00e9 chantant"
                + "</title><guid>cc-1</guid></item></channel></rss>";
        Document latin1 = new Document(URI.create(FEED_URL), "text/xml", xml.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(connector.parse(latin1, settings()).activities()).extracting(ActivityDraft::title)
                .containsExactly("Café chantant");
    }

    @Test
    void doctypeWithExternalEntityIsRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY geheim SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><link>https://x.nl/</link><description>d</description>"
                + "<item><title>&geheim;</title></item></channel></rss>";
        Document evil = new Document(URI.create(FEED_URL), "application/rss+xml", xxe.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> connector.parse(evil, settings()))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("not a readable RSS or Atom feed")
                .hasMessageNotContaining("root:");
    }

    @Test
    void supportsFeedsButNotCalendarsOrWebPages() {
        URI url = URI.create(FEED_URL);
        assertThat(connector.supports(new Document(url, "application/rss+xml", new byte[0]))).isTrue();
        assertThat(connector.supports(new Document(url, null, "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">".getBytes()))).isTrue();
        assertThat(connector.supports(new Document(url, "application/octet-stream", "<rdf:RDF>".getBytes()))).isTrue();
        assertThat(connector.supports(new Document(url, "text/calendar", "BEGIN:VCALENDAR".getBytes()))).isFalse();
        assertThat(connector.supports(new Document(url, "text/html", "<!DOCTYPE html><html><body>feed</body></html>".getBytes()))).isFalse();
        assertThat(connector.supports(new Document(url, null,
                "<!DOCTYPE html><html><body><pre>&lt;rss&gt; <feed> uitleg</pre></body></html>".getBytes()))).isFalse();
        assertThat(connector.supports(new Document(url, "text/plain", "Geen feed <rss".getBytes()))).isFalse();
    }
}
