package nl.bijeen.connectors.html;

import static nl.bijeen.connectors.Fixtures.amsterdam;
import static nl.bijeen.connectors.Fixtures.document;
import static nl.bijeen.connectors.Fixtures.settings;
import static nl.bijeen.connectors.Fixtures.titled;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.model.Organiser;
import nl.bijeen.connectors.model.ParseResult;
import nl.bijeen.connectors.model.Place;
import nl.bijeen.connectors.model.Warning;
import nl.bijeen.connectors.spi.ConnectorException;

/** Broken JSON, missing dates, changed plans, online events and date-only starts: what is readable is imported. */
class DifficultPagesTest {

    private final JsonLdConnector connector = new JsonLdConnector();

    private ParseResult parse(String fixture, String url) throws ConnectorException {
        return connector.parse(document("html/" + fixture, url, "text/html; charset=UTF-8"), settings());
    }

    @Test
    void trailingCommasAndCommentsAreForgivenAndAMissingCommaIsAWarning() throws Exception {
        ParseResult result = parse("kapot-trailing-commas.html", "https://www.huisvandewijk-bennekom.nl/activiteiten");

        assertThat(result.activities()).singleElement().satisfies(yoga -> {
            assertThat(yoga.title()).isEqualTo("Stoelyoga");
            assertThat(yoga.schedule().occurrences()).containsExactly(
                    new Occurrence(amsterdam(2026, 3, 16, 10, 0), amsterdam(2026, 3, 16, 11, 0), false));
            assertThat(yoga.place()).isEqualTo(new Place("Huis van de Wijk Het Klooster", "Kloosterlaan 2, 6721 AA Bennekom", null, null));
            assertThat(yoga.cost()).isEqualTo("€ 3,00");
        });
        assertThat(result.warnings()).containsExactly(new Warning("JSON-LD block 2",
                "JSON-LD block 2 is not valid JSON (line 7, column 3): ignored, the other blocks are still read"));
    }

    @Test
    void htmlCommentsAndCdataWrappersAroundTheJsonAreRemoved() throws Exception {
        ParseResult result = parse("kapot-html-commentaar.html", "https://www.hetzand-denbosch.nl/agenda");

        assertThat(result.activities()).extracting(ActivityDraft::title).containsExactly("Oud papier ophalen", "Buurtbarbecue", "Snoeiochtend");
        assertThat(titled(result, "Snoeiochtend").schedule().occurrences())
                .containsExactly(new Occurrence(amsterdam(2026, 3, 14, 9, 30), null, false));
        ActivityDraft papier = titled(result, "Oud papier ophalen");
        assertThat(papier.schedule().occurrences()).containsExactly(new Occurrence(amsterdam(2026, 3, 21, 9, 0), null, false));
        assertThat(papier.place()).isEqualTo(new Place("Parkeerplaats Zandplein", "Den Bosch", null, null));
        ActivityDraft bbq = titled(result, "Buurtbarbecue");
        assertThat(bbq.schedule().occurrences()).containsExactly(
                new Occurrence(amsterdam(2026, 5, 30, 17, 0), amsterdam(2026, 5, 30, 22, 0), false));
        assertThat(bbq.place()).isEqualTo(new Place("Speelveld Het Zand", "Den Bosch", null, null));
        assertThat(bbq.cost()).isEqualTo("€ 7,50");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void twoObjectsConcatenatedInOneScriptAreBothRead() throws Exception {
        ParseResult result = parse("kapot-twee-objecten.html", "https://www.deschakel-venray.nl/agenda");

        assertThat(result.activities()).extracting(ActivityDraft::title).containsExactly("Rikken en jokeren", "Bingo");
        Place schakel = new Place("Wijkcentrum De Schakel", "Schakelstraat 9, 5801 AB Venray", null, null);
        assertThat(titled(result, "Rikken en jokeren").place()).isEqualTo(schakel);
        assertThat(titled(result, "Rikken en jokeren").cost()).isNull();
        assertThat(titled(result, "Bingo").schedule().occurrences())
                .containsExactly(new Occurrence(amsterdam(2026, 3, 26, 19, 30), null, false));
        assertThat(titled(result, "Bingo").cost()).isEqualTo("€ 10,00");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void eventsWithoutAReadableStartDateAreSkippedWithAWarningEach() throws Exception {
        ParseResult result = parse("event-zonder-startdatum.html", "https://www.dehooiberg.nl/activiteiten/");

        assertThat(result.activities()).singleElement().satisfies(eieren -> {
            assertThat(eieren.title()).isEqualTo("Paaseieren zoeken");
            assertThat(eieren.schedule().occurrences()).containsExactly(
                    new Occurrence(amsterdam(2026, 4, 6, 11, 0), amsterdam(2026, 4, 6, 13, 0), false));
            assertThat(eieren.place()).isEqualTo(new Place("Kinderboerderij De Hooiberg", "Hooibergweg 1, 6921 AA Duiven", null, null));
            assertThat(eieren.cost()).isEqualTo("gratis");
        });
        assertThat(result.warnings()).containsExactly(
                new Warning("https://www.dehooiberg.nl/activiteiten/#lammetjesdag",
                        "event \"Lammetjesdag\" has no readable start date (startDate missing): skipped"),
                new Warning("https://www.dehooiberg.nl/activiteiten/#schapenscheren",
                        "event \"Schapenscheren\" has no readable start date (startDate \"eind mei\"): skipped"));
    }

    @Test
    void aPageWithOrganisationAndBreadcrumbsButNoEventGivesOneWarning() throws Exception {
        ParseResult result = parse("nul-evenementen.html", "https://www.onsbelang-huurders.nl/contact/");

        assertThat(result.activities()).isEmpty();
        assertThat(result.warnings()).containsExactly(new Warning(null, "no schema.org Event found on the page"));
    }

    @Test
    void rescheduledCancelledPostponedAndMovedOnlineEventsAreReadAsTheyNowStand() throws Exception {
        ParseResult result = parse("verplaatst-en-afgelast.html", "https://www.vlasschuur.nl/agenda/");

        ActivityDraft toneel = titled(result, "Toneel: De Kersentuin");
        assertThat(toneel.status()).isEqualTo(ActivityDraft.Status.SCHEDULED);
        assertThat(toneel.schedule().occurrences()).containsExactly(
                new Occurrence(amsterdam(2026, 4, 18, 20, 0), amsterdam(2026, 4, 18, 22, 30), false));
        assertThat(toneel.cost()).isEqualTo("€ 15,00");
        assertThat(toneel.place()).isEqualTo(new Place("Cultuurhuis De Vlasschuur", "Kerkstraat 15, 4527 CH Aardenburg", null, null));
        ActivityDraft shanty = titled(result, "Shantykoor De Zeebonken");
        assertThat(shanty.status()).isEqualTo(ActivityDraft.Status.CANCELLED);
        assertThat(shanty.schedule().occurrences()).containsExactly(new Occurrence(amsterdam(2026, 3, 20, 20, 0), null, true));
        ActivityDraft lezing = titled(result, "Lezing over de vlasteelt");
        assertThat(lezing.status()).isEqualTo(ActivityDraft.Status.SCHEDULED);
        assertThat(lezing.schedule().occurrences()).containsExactly(new Occurrence(amsterdam(2026, 3, 26, 19, 30), null, false));
        ActivityDraft schrijven = titled(result, "Schrijfcursus");
        assertThat(schrijven.place()).isEqualTo(new Place("Online", null, null, null));
        assertThat(result.activities()).hasSize(4);
        assertThat(result.warnings()).containsExactly(new Warning("https://www.vlasschuur.nl/agenda/lezing-vlasteelt/#event",
                "event \"Lezing over de vlasteelt\" is postponed without a new date: its old date is kept until the "
                        + "organiser publishes one"));
    }

    @Test
    void onlineEventsAreOnlineAndAHybridOneKeepsItsPhysicalPlace() throws Exception {
        ParseResult result = parse("online-evenementen.html", "https://www.mantelzorgleiden.nl/webinars/");

        ActivityDraft webinar = titled(result, "Webinar: zorgen voor een ouder met dementie");
        assertThat(webinar.place()).isEqualTo(new Place("Online", null, null, null));
        assertThat(webinar.link()).isEqualTo(URI.create("https://www.mantelzorgleiden.nl/webinars/dementie?sessie=2"));
        assertThat(webinar.organiser()).isEqualTo(new Organiser("Mantelzorg Leiden", "https://www.mantelzorgleiden.nl/", null));
        assertThat(webinar.cost()).isEqualTo("gratis");
        assertThat(webinar.schedule().occurrences()).containsExactly(
                new Occurrence(amsterdam(2026, 3, 19, 19, 30), amsterdam(2026, 3, 19, 20, 30), false));
        ActivityDraft lotgenoten = titled(result, "Lotgenotencontact jonge mantelzorgers");
        assertThat(lotgenoten.place()).isEqualTo(new Place("Steunpunt Mantelzorg", "Breestraat 50, 2311 CS Leiden", null, null));
        assertThat(lotgenoten.link()).isEqualTo(URI.create("https://www.mantelzorgleiden.nl/activiteiten/lotgenoten#aanmelden"));
        assertThat(lotgenoten.audiences()).containsExactly("jonge mantelzorgers");
        assertThat(result.activities()).hasSize(2);
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void aDateOnlyStartWithDoorTimeStartsThenAndImageObjectArraysGiveTheFirstImage() throws Exception {
        ParseResult result = parse("deurtijd-en-duur.html", "https://www.pletterij-haarlem.nl/programma/");

        ActivityDraft blues = titled(result, "Bluesavond met The Dikes");
        assertThat(blues.schedule().allDay()).isFalse();
        assertThat(blues.schedule().occurrences()).containsExactly(
                new Occurrence(amsterdam(2026, 3, 20, 20, 30), amsterdam(2026, 3, 20, 23, 30), false));
        assertThat(blues.image()).isEqualTo(URI.create("https://www.pletterij-haarlem.nl/media/bluesavond-groot.jpg"));
        assertThat(blues.cost()).isEqualTo("€ 14,00 / € 17,50");
        assertThat(blues.audiences()).isEmpty();
        assertThat(blues.place()).isEqualTo(new Place("De Pletterij", "Lange Herenvest 122, 2011 BX Haarlem", null, null));
        ActivityDraft podium = titled(result, "Open podium");
        assertThat(podium.schedule().occurrences()).containsExactly(new Occurrence(amsterdam(2026, 4, 3, 19, 45), null, false));
        assertThat(podium.image()).isEqualTo(URI.create("https://www.pletterij-haarlem.nl/media/open-podium.webp"));
        assertThat(podium.cost()).isEqualTo("gratis");
        assertThat(podium.audiences()).containsExactly("Duitstalig");
        assertThat(result.warnings()).isEmpty();
    }
}
