package nl.bijeen.connectors.html;

import static nl.bijeen.connectors.Fixtures.amsterdam;
import static nl.bijeen.connectors.Fixtures.document;
import static nl.bijeen.connectors.Fixtures.settings;
import static nl.bijeen.connectors.Fixtures.titled;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.model.Organiser;
import nl.bijeen.connectors.model.ParseResult;
import nl.bijeen.connectors.model.Place;
import nl.bijeen.connectors.spi.ConnectorException;
import nl.bijeen.connectors.spi.Document;

class JsonLdConnectorTest {

    private static final String PAGE_URL = "https://www.dekern-katwijk.nl/agenda/";

    private final JsonLdConnector connector = new JsonLdConnector();

    private ParseResult parse(String fixture) throws ConnectorException {
        return connector.parse(document("html/" + fixture, PAGE_URL, "text/html; charset=UTF-8"), settings());
    }

    @Test
    void datesOfOneActivityOnAPageBecomeOneActivityWithThoseDates() throws Exception {
        ParseResult result = parse("wekelijkse-koffieochtend.html");

        assertThat(result.activities()).hasSize(2);
        ActivityDraft duinpan = result.activities().getFirst();
        assertThat(duinpan.place().name()).isEqualTo("Wijkcentrum De Duinpan");
        assertThat(duinpan.schedule().occurrences()).extracting(Occurrence::start).containsExactly(
                amsterdam(2026, 3, 17, 10, 0), amsterdam(2026, 3, 24, 10, 0), amsterdam(2026, 3, 31, 10, 0));
        assertThat(duinpan.schedule().occurrences()).extracting(Occurrence::cancelled).containsExactly(false, false, true);
        assertThat(duinpan.status()).isEqualTo(ActivityDraft.Status.SCHEDULED);
        assertThat(result.activities().get(1).place().name()).isEqualTo("Dorpshuis Rijnsburg");
    }

    @Test
    void aSeriesKeepsItsItemIdWhenItsFirstDatePasses() throws Exception {
        Document page = document("html/wekelijkse-koffieochtend.html", PAGE_URL, "text/html; charset=UTF-8");
        String html = new String(page.body(), StandardCharsets.UTF_8);
        String withoutFirstDate = html.replaceFirst("(?s)<script type=\"application/ld\\+json\">.*?</script>", "");
        Document nextWeek = new Document(page.url(), page.contentType(), withoutFirstDate.getBytes(StandardCharsets.UTF_8));

        ActivityDraft before = connector.parse(page, settings()).activities().getFirst();
        ActivityDraft after = connector.parse(nextWeek, settings()).activities().getFirst();

        assertThat(after.schedule().occurrences()).hasSize(2);
        assertThat(after.sourceItemId()).isEqualTo(before.sourceItemId());
    }

    @Test
    void eventsAreFoundInGraphItemListsArraysAndSubEvents() throws Exception {
        ParseResult result = parse("buurthuis-agenda.html");

        assertThat(result.activities()).extracting(ActivityDraft::title).containsExactly(
                "Buurtmaaltijd & ontmoeting", "Knutselmiddag", "Cursus digitale vaardigheden",
                "Voorjaarsconcert Zanglust", "Voorjaarsfestival Rijnsoever", "Sportinstuif voor de jeugd");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void eventWithOffsetPlacePostalAddressAndOrganisationIsMapped() throws Exception {
        ActivityDraft maaltijd = titled(parse("buurthuis-agenda.html"), "Buurtmaaltijd & ontmoeting");

        assertThat(maaltijd.sourceItemId()).isEqualTo("https://www.dekern-katwijk.nl/agenda/#buurtmaaltijd");
        assertThat(maaltijd.schedule().occurrences()).singleElement()
                .isEqualTo(new Occurrence(amsterdam(2026, 3, 19, 17, 30), amsterdam(2026, 3, 19, 20, 0), false));
        assertThat(maaltijd.place()).isEqualTo(new Place("Buurthuis De Kern", "Voorstraat 12, 2225 ER Katwijk", 52.2030, 4.3990));
        assertThat(maaltijd.organiser()).isEqualTo(new Organiser("Stichting Buurthuis De Kern",
                "https://www.dekern-katwijk.nl/over-ons/", "info@dekern-katwijk.nl"));
        assertThat(maaltijd.link()).isEqualTo(URI.create("https://www.dekern-katwijk.nl/agenda/buurtmaaltijd/"));
        assertThat(maaltijd.image()).isEqualTo(URI.create("https://www.dekern-katwijk.nl/wp-content/uploads/2026/02/maaltijd.jpg"));
        assertThat(maaltijd.cost()).isEqualTo("€ 4,50");
        assertThat(maaltijd.audiences()).containsExactly("senioren", "65+");
        assertThat(maaltijd.themes()).containsExactly("eten", "ontmoeting");
        assertThat(maaltijd.status()).isEqualTo(ActivityDraft.Status.SCHEDULED);
    }

    @Test
    void htmlDescriptionIsSanitisedAgainstThePageUrl() throws Exception {
        ActivityDraft maaltijd = titled(parse("buurthuis-agenda.html"), "Buurtmaaltijd & ontmoeting");

        assertThat(maaltijd.description().html()).isEqualTo("<p>Samen eten met buren. <strong>Aanmelden</strong> vóór "
                + "dinsdag bij de <a href=\"https://www.dekern-katwijk.nl/contact\" rel=\"nofollow noopener\">balie</a>.</p>");
        assertThat(maaltijd.description().text()).isEqualTo("Samen eten met buren. Aanmelden vóór dinsdag bij de balie.");
    }

    @Test
    void localTimesFreeEntryTextLocationAndAgeRangeAreRead() throws Exception {
        ActivityDraft knutselen = titled(parse("buurthuis-agenda.html"), "Knutselmiddag");

        assertThat(knutselen.schedule().occurrences()).singleElement()
                .isEqualTo(new Occurrence(amsterdam(2026, 3, 25, 14, 0), amsterdam(2026, 3, 25, 16, 0), false));
        assertThat(knutselen.cost()).isEqualTo("gratis");
        assertThat(knutselen.place()).isEqualTo(new Place("Buurthuis De Kern", "Voorstraat 12, 2225 ER Katwijk", null, null));
        assertThat(knutselen.organiser()).isEqualTo(new Organiser("Jongerenwerk Katwijk", null, null));
        assertThat(knutselen.image()).isEqualTo(URI.create("https://www.dekern-katwijk.nl/wp-content/uploads/2026/03/knutselen.jpg"));
        assertThat(knutselen.audiences()).containsExactly("6-12 jaar");
        assertThat(knutselen.themes()).containsExactly("knutselen", "kinderen");
        assertThat(knutselen.description().html()).isEqualTo("<p>Lentebloemen knutselen.<br>Neem een oud t-shirt mee!</p>");
    }

    @Test
    void cancelledOnlineEventWithDatesOnlyIsAllDayAndCancelled() throws Exception {
        ActivityDraft cursus = titled(parse("buurthuis-agenda.html"), "Cursus digitale vaardigheden");

        assertThat(cursus.status()).isEqualTo(ActivityDraft.Status.CANCELLED);
        assertThat(cursus.schedule().allDay()).isTrue();
        assertThat(cursus.schedule().occurrences()).singleElement()
                .isEqualTo(new Occurrence(amsterdam(2026, 4, 7, 0, 0), amsterdam(2026, 4, 9, 0, 0), true));
        assertThat(cursus.place()).isEqualTo(new Place("Online", null, null, null));
        assertThat(cursus.cost()).isEqualTo("gratis");
        assertThat(cursus.themes()).containsExactly("Digitale vaardigheden", "Computers");
    }

    @Test
    void severalOffersAreFormattedTheDutchWay() throws Exception {
        ActivityDraft concert = titled(parse("buurthuis-agenda.html"), "Voorjaarsconcert Zanglust");

        assertThat(concert.cost()).isEqualTo("€ 12,50 / € 7,50");
        assertThat(concert.sourceItemId()).isEqualTo("https://www.zanglust-katwijk.nl/concerten/voorjaar-2026");
        assertThat(concert.schedule().occurrences()).singleElement()
                .isEqualTo(new Occurrence(amsterdam(2026, 4, 18, 20, 0), amsterdam(2026, 4, 18, 22, 15), false));
        assertThat(concert.place()).isEqualTo(new Place("Oude Kerk", "Boulevard 2, 2225 AA Katwijk", null, null));
        assertThat(concert.organiser().url()).isEqualTo("https://www.zanglust-katwijk.nl");
        assertThat(concert.audiences()).containsExactly("iedereen");
    }

    @Test
    void relativeIdsAreResolvedAndSubEventsStandAlone() throws Exception {
        ParseResult result = parse("buurthuis-agenda.html");

        ActivityDraft festival = titled(result, "Voorjaarsfestival Rijnsoever");
        assertThat(festival.sourceItemId()).isEqualTo("https://www.dekern-katwijk.nl/agenda/#voorjaarsfestival");
        assertThat(festival.schedule().occurrences()).singleElement()
                .isEqualTo(new Occurrence(amsterdam(2026, 5, 16, 0, 0), amsterdam(2026, 5, 18, 0, 0), false));
        assertThat(festival.place()).isEqualTo(new Place("Rijnsoeverpark", "Katwijk", null, null));
        assertThat(titled(result, "Sportinstuif voor de jeugd").sourceItemId())
                .isEqualTo("https://www.dekern-katwijk.nl/agenda/#sportinstuif");
    }

    @Test
    void malformedPageYieldsWarningsAndGoodEvents() throws Exception {
        ParseResult result = parse("kapot.html");

        assertThat(result.activities()).extracting(ActivityDraft::title).containsExactly("Digicafé");
        ActivityDraft digicafe = result.activities().getFirst();
        assertThat(digicafe.cost()).isEqualTo("gratis");
        assertThat(digicafe.place().address()).isEqualTo("Zeeweg 101, 2224 CA Katwijk");
        assertThat(result.warnings()).extracting(w -> w.itemRef()).containsExactly(
                "JSON-LD block 1",
                "https://www.bibliotheekkatwijk.nl/activiteiten#schrijversavond",
                "https://www.bibliotheekkatwijk.nl/activiteiten#zonder-naam",
                "https://www.bibliotheekkatwijk.nl/activiteiten#voorlezen");
        assertThat(result.warnings().get(0).message()).contains("not valid JSON");
        assertThat(result.warnings().get(1).message()).contains("Schrijversavond met Nelleke Noordervliet", "startDate missing");
        assertThat(result.warnings().get(2).message()).contains("no name");
        assertThat(result.warnings().get(3).message()).contains("volgende week woensdag");
    }

    @Test
    void metaCharsetIsHonouredWhenTheContentTypeNamesNone() throws Exception {
        String html = "<!DOCTYPE html><html><head><meta charset=\"windows-1252\"><script type=\"application/ld+json\">"
                + "{\"@type\":\"Event\",\"name\":\"Caf\u00e9avond\",\"startDate\":\"2026-03-27T20:00\"}</script></head></html>";
        Document page = new Document(URI.create(PAGE_URL), "text/html", html.getBytes(java.nio.charset.Charset.forName("windows-1252")));

        assertThat(connector.parse(page, settings()).activities()).extracting(ActivityDraft::title).containsExactly("Caféavond");
    }

    @Test
    void theSameEventListedTwiceIsImportedOnce() throws Exception {
        String event = "{\"@type\":\"Event\",\"@id\":\"https://www.example.nl/#markt\",\"name\":\"Rommelmarkt\","
                + "\"startDate\":\"2026-04-11T09:00\"}";
        String html = "<html><script type=\"application/ld+json\">{\"@graph\":[" + event + "]}</script>"
                + "<script type=\"application/ld+json\">{\"@type\":\"ItemList\",\"itemListElement\":[{\"@type\":"
                + "\"ListItem\",\"item\":" + event + "}]}</script></html>";
        ParseResult result = connector.parse(new Document(URI.create(PAGE_URL), "text/html; charset=utf-8",
                html.getBytes(StandardCharsets.UTF_8)), settings());

        assertThat(result.activities()).extracting(ActivityDraft::title).containsExactly("Rommelmarkt");
        assertThat(result.activities().getFirst().schedule().occurrences().getFirst().start())
                .isEqualTo(amsterdam(2026, 4, 11, 9, 0));
    }

    @Test
    void pageWithoutEventsGivesAnEmptyResultWithAWarning() throws Exception {
        ParseResult result = parse("geen-events.html");

        assertThat(result.activities()).isEmpty();
        assertThat(result.warnings()).singleElement()
                .satisfies(w -> assertThat(w.message()).isEqualTo("no schema.org Event found on the page"));
    }

    @Test
    void supportsWebPagesButNotFeedsOrCalendars() {
        URI url = URI.create(PAGE_URL);
        assertThat(connector.supports(new Document(url, "text/html; charset=utf-8", new byte[0]))).isTrue();
        assertThat(connector.supports(new Document(url, null, "\uFEFF<!DOCTYPE html>\n<html>".getBytes(StandardCharsets.UTF_8)))).isTrue();
        assertThat(connector.supports(new Document(url, "application/octet-stream", "<html lang=\"nl\">".getBytes()))).isTrue();
        assertThat(connector.supports(new Document(url, "application/rss+xml", "<rss version=\"2.0\">".getBytes()))).isFalse();
        assertThat(connector.supports(new Document(url, "text/calendar", "BEGIN:VCALENDAR".getBytes()))).isFalse();
    }
}
