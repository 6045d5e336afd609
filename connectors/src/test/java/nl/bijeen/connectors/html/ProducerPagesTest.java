package nl.bijeen.connectors.html;

import static nl.bijeen.connectors.Fixtures.amsterdam;
import static nl.bijeen.connectors.Fixtures.document;
import static nl.bijeen.connectors.Fixtures.settings;
import static nl.bijeen.connectors.Fixtures.titled;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.model.Organiser;
import nl.bijeen.connectors.model.ParseResult;
import nl.bijeen.connectors.model.Place;
import nl.bijeen.connectors.model.Warning;
import nl.bijeen.connectors.spi.ConnectorException;

/** Pages shaped after the agenda plug-ins, CMSes and platforms that publish schema.org Events in JSON-LD. */
class ProducerPagesTest {

    private final JsonLdConnector connector = new JsonLdConnector();

    private ParseResult parse(String fixture, String url) throws ConnectorException {
        return connector.parse(document("html/" + fixture, url, "text/html; charset=UTF-8"), settings());
    }

    @Test
    void theEventsCalendarSingleEventPageLosesItsTrackingParameters() throws Exception {
        ParseResult result = parse("tec-enkel-evenement.html", "https://www.zeehos.nl/agenda/repair-cafe-noordwijk-maart/");

        ActivityDraft repair = result.activities().getFirst();
        assertThat(result.activities()).hasSize(1);
        assertThat(repair.title()).isEqualTo("Repair Café Noordwijk – maart");
        assertThat(repair.link()).isEqualTo(URI.create("https://www.zeehos.nl/agenda/repair-cafe-noordwijk-maart/"));
        assertThat(repair.sourceItemId()).isEqualTo("https://www.zeehos.nl/agenda/repair-cafe-noordwijk-maart/");
        assertThat(repair.schedule().occurrences()).containsExactly(
                new Occurrence(amsterdam(2026, 3, 21, 10, 0), amsterdam(2026, 3, 21, 13, 0), false));
        assertThat(repair.place()).isEqualTo(new Place("Wijkgebouw De Zeehos", "Zeestraat 44, 2202 BJ Noordwijk", null, null));
        assertThat(repair.organiser()).isEqualTo(new Organiser("Repair Café Noordwijk",
                "https://www.repaircafe-noordwijk.nl/", "repair@zeehos.nl", "06 1234 5678", null, null, null,
                List.of(), "Person", null));
        assertThat(repair.cost()).isEqualTo("gratis");
        assertThat(repair.description().text()).isEqualTo(
                "Kapotte broodrooster? Fiets met een slag in het wiel? Onze vrijwilligers helpen u het zelf te repareren.");
        assertThat(repair.wheelchairAccessible()).isNull();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void theEventsCalendarListViewJoinsTheDatesOfARecurringEvent() throws Exception {
        ParseResult result = parse("tec-lijstweergave.html", "https://www.oosterhoutzuid.nl/evenementen/lijst/");

        assertThat(result.activities()).extracting(ActivityDraft::title)
                .containsExactly("Koffie-inloop", "Jeu de boules toernooi", "Lentemarkt");
        ActivityDraft koffie = titled(result, "Koffie-inloop");
        assertThat(koffie.sourceItemId()).isEqualTo(DatesOfOneActivity.seriesItemId("Koffie-inloop", "De Vonk"));
        assertThat(koffie.schedule().occurrences()).containsExactly(
                new Occurrence(amsterdam(2026, 3, 12, 9, 30), amsterdam(2026, 3, 12, 11, 30), false),
                new Occurrence(amsterdam(2026, 3, 19, 9, 30), amsterdam(2026, 3, 19, 11, 30), false));
        assertThat(koffie.place()).isEqualTo(new Place("De Vonk", "Vonderstraat 3, 4902 PA Oosterhout", null, null));
        // The Events Calendar types every organizer as a Person, whatever it is: the kind says so, nothing more.
        assertThat(koffie.organiser()).isEqualTo(new Organiser("Buurtvereniging Oosterhout-Zuid", null,
                "bestuur@oosterhoutzuid.nl", null, null, null, null, List.of(), "Person", null));
        assertThat(koffie.cost()).isEqualTo("gratis");
        ActivityDraft boules = titled(result, "Jeu de boules toernooi");
        assertThat(boules.cost()).isEqualTo("€ 2,50");
        assertThat(boules.place()).isEqualTo(new Place("Boulodrome Zuiderpark", "Oosterhout", null, null));
        ActivityDraft markt = titled(result, "Lentemarkt");
        assertThat(markt.organiser()).isNull();
        assertThat(markt.cost()).isNull();
        assertThat(markt.schedule().occurrences()).containsExactly(new Occurrence(amsterdam(2026, 4, 4, 0, 0),
                amsterdam(2026, 4, 4, 23, 59).plusSeconds(59), false));
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void yoastGraphReferencesToPlaceOrganisationAndImageAreFollowed() throws Exception {
        ParseResult result = parse("yoast-graph-event.html", "https://www.speeltuindebolder.nl/activiteiten/voorleesontbijt/");

        assertThat(result.activities()).hasSize(1);
        ActivityDraft ontbijt = result.activities().getFirst();
        assertThat(ontbijt.title()).isEqualTo("Voorleesontbijt");
        assertThat(ontbijt.sourceItemId()).isEqualTo("https://www.speeltuindebolder.nl/activiteiten/voorleesontbijt/#event");
        assertThat(ontbijt.schedule().occurrences()).containsExactly(
                new Occurrence(amsterdam(2026, 3, 14, 9, 0), amsterdam(2026, 3, 14, 10, 30), false));
        assertThat(ontbijt.place()).isEqualTo(new Place("Speeltuin De Bolder", "Bolderweg 2, 3544 AB Utrecht", 52.0989, 5.0611));
        assertThat(ontbijt.organiser()).isEqualTo(new Organiser("Speeltuinvereniging De Bolder",
                "https://www.speeltuindebolder.nl/", "info@speeltuindebolder.nl", "+31 30 123 45 67", null, null,
                URI.create("https://www.speeltuindebolder.nl/wp-content/uploads/logo.png"), List.of(), null, null));
        assertThat(ontbijt.image()).isEqualTo(URI.create("https://www.speeltuindebolder.nl/wp-content/uploads/2026/02/voorlezen.jpg"));
        assertThat(ontbijt.cost()).isEqualTo("€ 1,00");
        assertThat(ontbijt.audiences()).containsExactly("2-6 jaar");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void eventbriteTicketRangeBecomesAPriceRange() throws Exception {
        ParseResult result = parse("eventbrite-stijl.html", "https://www.eventbrite.nl/e/workshop-zelf-zeep-maken-tickets-1098765432101");

        assertThat(result.activities()).hasSize(1);
        ActivityDraft zeep = result.activities().getFirst();
        assertThat(zeep.title()).isEqualTo("Workshop Zelf Zeep Maken");
        assertThat(zeep.cost()).isEqualTo("€ 17,50 – € 25,00");
        assertThat(zeep.link()).isEqualTo(URI.create(
                "https://www.eventbrite.nl/e/workshop-zelf-zeep-maken-tickets-1098765432101?aff=ebdssbdestsearch"));
        assertThat(zeep.schedule().occurrences()).containsExactly(
                new Occurrence(amsterdam(2026, 4, 18, 14, 0), amsterdam(2026, 4, 18, 16, 0), false));
        assertThat(zeep.place()).isEqualTo(new Place("Buurtkamer Het Anker", "Ankerplein 7, 8011 VA Zwolle", 52.5125, 6.0944));
        assertThat(zeep.organiser()).isEqualTo(new Organiser("Atelier Groene Zeep",
                "https://www.eventbrite.nl/o/atelier-groene-zeep-33445566778", null));
        assertThat(zeep.image()).isEqualTo(URI.create("https://img.evbuc.com/https%3A%2F%2Fcdn.evbuc.com%2Fimages%2F98765"
                + "%2Foriginal.jpg?w=1000&auto=format%2Ccompress&s=abc123"));
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void meetupOnlineEventInEnglishAndAWalkWithOnlyADuration() throws Exception {
        ParseResult result = parse("meetup-stijl.html", "https://www.meetup.com/eindhoven-taal-tandem/events/");

        ActivityDraft online = titled(result, "Online Language Exchange: Dutch – English");
        assertThat(online.place()).isEqualTo(new Place("Online", null, null, null));
        assertThat(online.cost()).isEqualTo("gratis");
        assertThat(online.audiences()).containsExactly("Engelstalig");
        assertThat(online.organiser()).isEqualTo(new Organiser("Eindhoven Taal Tandem", "https://www.meetup.com/eindhoven-taal-tandem/", null));
        assertThat(online.schedule().occurrences()).containsExactly(
                new Occurrence(amsterdam(2026, 3, 18, 20, 0), amsterdam(2026, 3, 18, 21, 30), false));
        assertThat(online.image()).isEqualTo(URI.create("https://secure.meetupstatic.com/photos/event/4/2/a/highres_520012345.jpeg"));
        ActivityDraft wandeling = titled(result, "Taalwandeling door Strijp-S");
        assertThat(wandeling.schedule().occurrences()).containsExactly(
                new Occurrence(amsterdam(2026, 3, 28, 11, 0), amsterdam(2026, 3, 28, 12, 30), false));
        assertThat(wandeling.place()).isEqualTo(new Place("Klokgebouw", "Klokgebouw 50, 5617 AB Eindhoven", null, null));
        assertThat(wandeling.audiences()).isEmpty();
        assertThat(wandeling.cost()).isEqualTo("gratis");
        assertThat(result.activities()).hasSize(2);
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void libraryCourseScheduleExpandsWeeklyAndMonthlyFromNowToTheHorizon() throws Exception {
        ParseResult result = parse("bibliotheek-cursus-schedule.html", "https://www.bibliotheekrivierenland.nl/activiteiten");

        assertThat(result.activities()).extracting(ActivityDraft::title)
                .containsExactly("Klik & Tik: beginnen met de computer", "Taalcafé");
        ActivityDraft klikEnTik = titled(result, "Klik & Tik: beginnen met de computer");
        assertThat(klikEnTik.schedule().occurrences()).extracting(Occurrence::start).containsExactly(
                amsterdam(2026, 3, 10, 10, 0), amsterdam(2026, 3, 17, 10, 0), amsterdam(2026, 3, 24, 10, 0),
                amsterdam(2026, 3, 31, 10, 0), amsterdam(2026, 4, 14, 10, 0), amsterdam(2026, 4, 21, 10, 0),
                amsterdam(2026, 4, 28, 10, 0));
        assertThat(klikEnTik.schedule().occurrences().getFirst().end()).isEqualTo(amsterdam(2026, 3, 10, 12, 0));
        assertThat(klikEnTik.place()).isEqualTo(new Place("Bibliotheek Tiel", "Waterstraat 35, 4001 KK Tiel", null, null));
        assertThat(klikEnTik.wheelchairAccessible()).isTrue();
        assertThat(klikEnTik.cost()).isEqualTo("gratis");
        assertThat(klikEnTik.organiser()).isEqualTo(new Organiser("Bibliotheek Rivierenland", "https://www.bibliotheekrivierenland.nl/", null));
        ActivityDraft taalcafe = titled(result, "Taalcafé");
        assertThat(taalcafe.schedule().occurrences()).containsExactly(
                new Occurrence(amsterdam(2026, 4, 2, 19, 30), amsterdam(2026, 4, 2, 21, 0), false),
                new Occurrence(amsterdam(2026, 5, 7, 19, 30), amsterdam(2026, 5, 7, 21, 0), false),
                new Occurrence(amsterdam(2026, 6, 4, 19, 30), amsterdam(2026, 6, 4, 21, 0), false));
        assertThat(result.warnings()).containsExactly(new Warning("\"Spelletjesmiddag\" (#3 on the page)",
                "event \"Spelletjesmiddag\": its eventSchedule has no readable repeatFrequency (\"elke week\"): skipped"));
    }

    @Test
    void municipalAgendaResolvesPlaceAndOrganisationIdsAndSaysWhichAreMissing() throws Exception {
        ParseResult result = parse("gemeente-agenda-referenties.html", "https://www.heusden.nl/agenda");

        ActivityDraft inloop = titled(result, "Inloopavond omgevingsvisie");
        assertThat(inloop.sourceItemId()).isEqualTo("https://www.heusden.nl/agenda#event-inloop");
        assertThat(inloop.place()).isEqualTo(new Place("Gemeentehuis Heusden",
                "Burgemeester van Liemtplein 1, 5251 EX Vlijmen", 51.6956, 5.2147));
        assertThat(inloop.organiser()).isEqualTo(new Organiser("Gemeente Heusden", "https://www.heusden.nl/",
                "info@heusden.nl", "14 073", null, null, null, List.of(), "GovernmentOrganization", null));
        assertThat(inloop.wheelchairAccessible()).isTrue();
        assertThat(inloop.cost()).isEqualTo("gratis");
        ActivityDraft wandeling = titled(result, "Vestingwandeling voor senioren");
        assertThat(wandeling.place()).isEqualTo(new Place("Vestingmuseum", "Putterstraat 12, 5256 AN Heusden", null, null));
        assertThat(wandeling.wheelchairAccessible()).isFalse();
        assertThat(wandeling.organiser()).isEqualTo(new Organiser("Seniorenraad Heusden", null, "secretariaat@seniorenraadheusden.nl"));
        assertThat(wandeling.cost()).isEqualTo("€ 3,00");
        assertThat(wandeling.schedule().occurrences()).containsExactly(new Occurrence(amsterdam(2026, 4, 9, 14, 0), null, false));
        ActivityDraft klankbord = titled(result, "Klankbordgroep verkeer");
        assertThat(klankbord.place()).isNull();
        assertThat(klankbord.organiser().name()).isEqualTo("Gemeente Heusden");
        assertThat(result.activities()).hasSize(3);
        assertThat(result.warnings()).containsExactly(new Warning("https://www.heusden.nl/agenda#event-onbekend",
                "event \"Klankbordgroep verkeer\": its location refers to \"#place-99\", which the page does not describe: left out"));
    }

    @Test
    void wixHtmlEscapedJsonLdIsRead() throws Exception {
        ParseResult result = parse("wix-escaped-jsonld.html", "https://www.buurtmoestuinkralingen.nl/evenementen");

        assertThat(result.activities()).singleElement().satisfies(zaaidag -> {
            assertThat(zaaidag.title()).isEqualTo("Zaaidag in de moestuin");
            assertThat(zaaidag.schedule().occurrences()).containsExactly(
                    new Occurrence(amsterdam(2026, 4, 11, 10, 0), amsterdam(2026, 4, 11, 12, 30), false));
            assertThat(zaaidag.place()).isEqualTo(new Place("Buurtmoestuin Kralingen", "Lusthofstraat 20, 3062 WC Rotterdam", null, null));
            assertThat(zaaidag.cost()).isEqualTo("gratis");
            assertThat(zaaidag.link()).isEqualTo(URI.create("https://www.buurtmoestuinkralingen.nl/event-details/zaaidag-in-de-moestuin"));
        });
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void squarespaceJsonLdPublishedAsOneJsonStringIsRead() throws Exception {
        ParseResult result = parse("squarespace-json-string.html", "https://www.deloods-groningen.nl/agenda/pubquiz-maart");

        assertThat(result.activities()).singleElement().satisfies(quiz -> {
            assertThat(quiz.title()).isEqualTo("Pubquiz");
            assertThat(quiz.schedule().occurrences()).containsExactly(
                    new Occurrence(amsterdam(2026, 3, 27, 20, 30), amsterdam(2026, 3, 27, 23, 0), false));
            assertThat(quiz.place()).isEqualTo(new Place("Buurtcafé De Loods", "Oosterhamrikkade 105, 9714 BH Groningen", null, null));
            assertThat(quiz.cost()).isEqualTo("€ 2,00");
            assertThat(quiz.image()).isEqualTo(URI.create("https://images.squarespace-cdn.com/content/v1/5f1a/pubquiz.png"));
        });
        assertThat(result.warnings()).isEmpty();
    }
}
