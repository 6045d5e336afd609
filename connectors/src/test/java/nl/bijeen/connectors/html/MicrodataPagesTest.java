package nl.bijeen.connectors.html;

import static nl.bijeen.connectors.Fixtures.amsterdam;
import static nl.bijeen.connectors.Fixtures.document;
import static nl.bijeen.connectors.Fixtures.settings;
import static nl.bijeen.connectors.Fixtures.titled;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import nl.bijeen.connectors.Fixtures;
import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.model.Organiser;
import nl.bijeen.connectors.model.ParseResult;
import nl.bijeen.connectors.model.Place;
import nl.bijeen.connectors.spi.ConnectorException;
import nl.bijeen.connectors.spi.Connectors;
import nl.bijeen.connectors.spi.Document;
import nl.bijeen.connectors.spi.SourceSettings;

/** schema.org Events in HTML microdata, alone and next to JSON-LD, read by the same no-configuration connector. */
class MicrodataPagesTest {

    private final JsonLdConnector connector = new JsonLdConnector();

    private ParseResult parse(String fixture, String url) throws ConnectorException {
        return connector.parse(document("html/" + fixture, url, "text/html; charset=UTF-8"), settings());
    }

    @Test
    void drupalEventWithNestedPlaceAddressGeoOrganiserAndOfferIsRead() throws Exception {
        ParseResult result = parse("drupal-microdata.html", "https://www.lombokwest.nl/agenda/buurtschouw-lombok");

        assertThat(result.activities()).hasSize(1);
        ActivityDraft schouw = result.activities().getFirst();
        assertThat(schouw.title()).isEqualTo("Buurtschouw Lombok");
        assertThat(schouw.sourceItemId()).isEqualTo("https://www.lombokwest.nl/node/412");
        assertThat(schouw.schedule().occurrences()).containsExactly(
                new Occurrence(amsterdam(2026, 3, 26, 20, 0), amsterdam(2026, 3, 26, 21, 30), false));
        assertThat(schouw.place()).isEqualTo(new Place("Speeltuin Lombok", "Jan Pieterszoon Coenstraat 10, 3531 EV Utrecht",
                52.0912, 5.0998));
        assertThat(schouw.organiser()).isEqualTo(new Organiser("Bewonersorganisatie Lombok-West",
                "https://www.lombokwest.nl/", "info@lombokwest.nl"));
        assertThat(schouw.cost()).isEqualTo("gratis");
        assertThat(schouw.wheelchairAccessible()).isTrue();
        assertThat(schouw.link()).isEqualTo(URI.create("https://www.lombokwest.nl/agenda/buurtschouw-lombok"));
        assertThat(schouw.image()).isEqualTo(URI.create("https://www.lombokwest.nl/sites/default/files/2026-02/schouw.jpg"));
        assertThat(schouw.description().text()).isEqualTo("Samen met de gemeente lopen we door de wijk en noteren wat "
                + "beter kan: losliggende tegels, kapotte lantaarns, zwerfvuil.");
        assertThat(schouw.description().html()).contains("<em>losliggende tegels</em>");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void joomlaEventsShareAPlaceAndOrganiserThroughItemref() throws Exception {
        ParseResult result = parse("joomla-jevents-microdata.html", "https://www.dorpsraadzevenhuizen.nl/agenda");

        assertThat(result.activities()).extracting(ActivityDraft::title)
                .containsExactly("Klaverjassen", "Openbare dorpsraadvergadering", "Paasvuur");
        Place dorpshuis = new Place("Dorpshuis De Gouwe", "Dorpsstraat 1, 2761 AA Zevenhuizen", null, null);
        ActivityDraft klaverjassen = titled(result, "Klaverjassen");
        assertThat(klaverjassen.place()).isEqualTo(dorpshuis);
        assertThat(klaverjassen.organiser()).isEqualTo(new Organiser("Dorpsraad Zevenhuizen", null, null));
        assertThat(klaverjassen.schedule().occurrences()).containsExactly(
                new Occurrence(amsterdam(2026, 3, 13, 20, 0), amsterdam(2026, 3, 13, 23, 0), false));
        assertThat(klaverjassen.link()).isEqualTo(URI.create("https://www.dorpsraadzevenhuizen.nl/agenda/eventdetail/215/-/klaverjassen"));
        ActivityDraft vergadering = titled(result, "Openbare dorpsraadvergadering");
        assertThat(vergadering.place()).isEqualTo(dorpshuis);
        assertThat(vergadering.schedule().occurrences()).containsExactly(new Occurrence(amsterdam(2026, 3, 17, 19, 30), null, false));
        assertThat(vergadering.description().text()).isEqualTo(
                "Op de agenda: de nieuwe speelplaats en de verkeersveiligheid op de Dorpsstraat.");
        ActivityDraft paasvuur = titled(result, "Paasvuur");
        assertThat(paasvuur.schedule().allDay()).isTrue();
        assertThat(paasvuur.schedule().occurrences()).containsExactly(
                new Occurrence(amsterdam(2026, 4, 5, 0, 0), amsterdam(2026, 4, 6, 0, 0), false));
        assertThat(paasvuur.place()).isEqualTo(new Place("Weiland achter de molen", "Zevenhuizen", null, null));
        assertThat(paasvuur.organiser()).isNull();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void anEventInJsonLdAndMicrodataIsImportedOnceFromItsJsonLd() throws Exception {
        ParseResult result = parse("jsonld-en-microdata.html", "https://www.wijkraadceintuurbaan.nl/agenda/burendag/");

        assertThat(result.activities()).extracting(ActivityDraft::title)
                .containsExactly("Burendag op het Ceintuurplein", "Snoeimiddag in het plantsoen");
        ActivityDraft burendag = titled(result, "Burendag op het Ceintuurplein");
        assertThat(burendag.sourceItemId()).isEqualTo("https://www.wijkraadceintuurbaan.nl/agenda/burendag/#event");
        assertThat(burendag.description().text()).isEqualTo("Muziek, een springkussen en soep van de buren.");
        assertThat(burendag.cost()).isEqualTo("gratis");
        assertThat(burendag.wheelchairAccessible()).isTrue();
        assertThat(burendag.place()).isEqualTo(new Place("Ceintuurplein", "Zwolle", null, null));
        ActivityDraft snoeien = titled(result, "Snoeimiddag in het plantsoen");
        assertThat(snoeien.schedule().occurrences()).containsExactly(new Occurrence(amsterdam(2026, 5, 9, 13, 30), null, false));
        assertThat(snoeien.place()).isEqualTo(new Place("Plantsoen Ceintuurbaan", null, null, null));
        assertThat(snoeien.link()).isEqualTo(URI.create("https://www.wijkraadceintuurbaan.nl/agenda/snoeimiddag/"));
        assertThat(snoeien.sourceItemId()).isEqualTo("https://www.wijkraadceintuurbaan.nl/agenda/snoeimiddag/");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void windows1252PageWithJsonLdAndMicrodataIsDecodedByItsMetaCharset() throws Exception {
        Document page = document("html/windows-1252.html", "http://www.trefpunt-wapserveen.nl/agenda.htm", "text/html");
        ParseResult result = connector.parse(page, settings());

        assertThat(result.activities()).extracting(ActivityDraft::title)
                .containsExactly("Caféavond “Vroeger in ’t dorp”", "Breiën voor beginners");
        ActivityDraft cafe = titled(result, "Caféavond “Vroeger in ’t dorp”");
        assertThat(cafe.place()).isEqualTo(new Place("Dorpshuis ’t Trefpunt", "Dorpsstraat 8, 8351 AA Wapserveen", null, null));
        assertThat(cafe.cost()).isEqualTo("€ 3,50");
        assertThat(cafe.description().text()).isEqualTo("Foto’s en verhalen over het dorp van naïeve kinderogen tot nu.");
        assertThat(cafe.schedule().occurrences()).containsExactly(new Occurrence(amsterdam(2026, 3, 27, 20, 0), null, false));
        ActivityDraft breien = titled(result, "Breiën voor beginners");
        assertThat(breien.cost()).isEqualTo("€ 2,00");
        assertThat(breien.place()).isEqualTo(new Place("Dorpshuis ’t Trefpunt", null, null, null));
        assertThat(breien.schedule().occurrences()).containsExactly(new Occurrence(amsterdam(2026, 4, 8, 14, 0), null, false));
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void htmlAndMicrodataAreAcceptedAsFormatHintsBesideJsonld() throws Exception {
        Document page = document("html/drupal-microdata.html", "https://www.lombokwest.nl/agenda/buurtschouw-lombok", "text/html");
        Connectors connectors = Connectors.standard();
        for (String hint : new String[] {"html", "microdata", "jsonld"}) {
            SourceSettings settings = new SourceSettings("bron", hint, null, Duration.ofDays(90), Fixtures.NOW);
            assertThat(connectors.pick(page, hint)).get().isInstanceOf(JsonLdConnector.class);
            assertThat(connectors.parse(page, settings).activities()).extracting(ActivityDraft::title)
                    .containsExactly("Buurtschouw Lombok");
        }
    }
}
