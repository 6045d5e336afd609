package nl.bijeen.connectors.ical;

import static nl.bijeen.connectors.Fixtures.AMSTERDAM;
import static nl.bijeen.connectors.Fixtures.amsterdam;
import static nl.bijeen.connectors.Fixtures.document;
import static nl.bijeen.connectors.Fixtures.settings;
import static nl.bijeen.connectors.Fixtures.titled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import nl.bijeen.connectors.Fixtures;
import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.model.ParseResult;
import nl.bijeen.connectors.model.Place;
import nl.bijeen.connectors.spi.ConnectorException;
import nl.bijeen.connectors.spi.Document;

class ICalConnectorTest {

    private final ICalConnector connector = new ICalConnector();

    private ParseResult parse(String fixture) throws ConnectorException {
        return connector.parse(document("ical/" + fixture, "https://www.example.nl/agenda.ics", "text/calendar"),
                settings());
    }

    @Test
    void outlookWindowsZoneNameIsReadAsAmsterdamTime() throws Exception {
        ActivityDraft koffie = titled(parse("outlook-buurthuis.ics"), "Koffieochtend voor senioren");

        Occurrence only = koffie.schedule().occurrences().getFirst();
        assertThat(koffie.schedule().occurrences()).hasSize(1);
        assertThat(only.start()).isEqualTo(amsterdam(2026, 3, 17, 10, 0));
        assertThat(only.end()).isEqualTo(amsterdam(2026, 3, 17, 11, 30));
        assertThat(koffie.schedule().zone()).isEqualTo(AMSTERDAM);
        assertThat(koffie.schedule().allDay()).isFalse();
    }

    @Test
    void outlookEventFieldsAreMapped() throws Exception {
        ActivityDraft koffie = titled(parse("outlook-buurthuis.ics"), "Koffieochtend voor senioren");

        assertThat(koffie.sourceId()).isEqualTo("test-bron");
        assertThat(koffie.sourceItemId())
                .isEqualTo("040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6D9010000000000000000100000001");
        assertThat(koffie.place()).isEqualTo(new Place("Buurthuis De Kern", "Voorstraat 12, 2225 ER Katwijk", 52.2030, 4.3990));
        assertThat(koffie.organiser().name()).isEqualTo("Stichting Welzijn Katwijk");
        assertThat(koffie.organiser().email()).isEqualTo("info@welzijnkatwijk.nl");
        assertThat(koffie.themes()).containsExactly("Ontmoeting", "Senioren");
        assertThat(koffie.link()).isEqualTo(URI.create("https://www.dekern-katwijk.nl/agenda/koffieochtend"));
        assertThat(koffie.image()).isEqualTo(URI.create("https://www.dekern-katwijk.nl/media/koffie.jpg"));
        assertThat(koffie.status()).isEqualTo(ActivityDraft.Status.SCHEDULED);
    }

    @Test
    void plainTextDescriptionKeepsLineAndParagraphBreaks() throws Exception {
        ActivityDraft koffie = titled(parse("outlook-buurthuis.ics"), "Koffieochtend voor senioren");

        assertThat(koffie.description().text()).isEqualTo("Gezellig samen koffie drinken met een praatje.\n"
                + "Iedereen is welkom, ook als u nieuw bent in de wijk.\n\nDe koffie staat klaar vanaf 9.45 uur.");
        assertThat(koffie.description().html()).isEqualTo("<p>Gezellig samen koffie drinken met een praatje.<br>"
                + "Iedereen is welkom, ook als u nieuw bent in de wijk.</p><p>De koffie staat klaar vanaf 9.45 uur.</p>");
    }

    @Test
    void recurringEventExpandsWithinHorizon() throws Exception {
        ActivityDraft taalcafe = titled(parse("outlook-buurthuis.ics"), "Taalcafé");

        // Weekly on Tuesdays from 6 January until 28 April; today is Tuesday 10 March, so 10 March .. 28 April.
        assertThat(taalcafe.schedule().occurrences()).extracting(Occurrence::start).containsExactly(
                amsterdam(2026, 3, 10, 14, 0), amsterdam(2026, 3, 17, 14, 0), amsterdam(2026, 3, 24, 14, 0),
                amsterdam(2026, 3, 31, 14, 0), amsterdam(2026, 4, 7, 14, 0), amsterdam(2026, 4, 14, 14, 0),
                amsterdam(2026, 4, 21, 14, 0), amsterdam(2026, 4, 28, 14, 0));
        assertThat(taalcafe.schedule().occurrences().get(3).end()).isEqualTo(amsterdam(2026, 3, 31, 15, 30));
    }

    @Test
    void recurrenceStopsAtTheHorizon() throws Exception {
        ParseResult result = connector.parse(document("ical/outlook-buurthuis.ics", "https://www.example.nl/a.ics", null),
                settings(AMSTERDAM, Duration.ofDays(14), Fixtures.NOW));

        assertThat(titled(result, "Taalcafé").schedule().occurrences()).extracting(Occurrence::start)
                .containsExactly(amsterdam(2026, 3, 10, 14, 0), amsterdam(2026, 3, 17, 14, 0));
    }

    @Test
    void overridesWithTheSameUidBecomeOneActivity() throws Exception {
        ParseResult result = parse("google-wijkagenda.ics");

        assertThat(result.activities()).filteredOn(a -> a.sourceItemId().equals("7d41b0e2c9aa@google.com")).hasSize(1);
        assertThat(result.activities()).extracting(ActivityDraft::title).containsExactlyInAnyOrder(
                "Repair Café", "Wandelclub Duinrand", "Kunstroute Rijnsoever", "Voorjaarsmarkt");
    }

    @Test
    void recurrenceOverrideMovesItsOccurrenceAndExdateRemovesOne() throws Exception {
        ActivityDraft wandelen = titled(parse("google-wijkagenda.ics"), "Wandelclub Duinrand");

        // COUNT=10 from Thursday 5 March; 5 March is before today, 2 April is an EXDATE, 19 March moved to 13:30.
        assertThat(wandelen.schedule().occurrences()).extracting(Occurrence::start).containsExactly(
                amsterdam(2026, 3, 12, 10, 0), amsterdam(2026, 3, 19, 13, 30), amsterdam(2026, 3, 26, 10, 0),
                amsterdam(2026, 4, 9, 10, 0), amsterdam(2026, 4, 16, 10, 0), amsterdam(2026, 4, 23, 10, 0),
                amsterdam(2026, 4, 30, 10, 0), amsterdam(2026, 5, 7, 10, 0));
        assertThat(wandelen.schedule().occurrences().get(1).end()).isEqualTo(amsterdam(2026, 3, 19, 15, 0));
        assertThat(wandelen.themes()).containsExactly("Bewegen");
    }

    @Test
    void cancelledOccurrenceIsMarkedNotDropped() throws Exception {
        ActivityDraft wandelen = titled(parse("google-wijkagenda.ics"), "Wandelclub Duinrand");

        assertThat(wandelen.schedule().occurrences()).filteredOn(Occurrence::cancelled)
                .extracting(Occurrence::start).containsExactly(amsterdam(2026, 3, 26, 10, 0));
        assertThat(wandelen.status()).isEqualTo(ActivityDraft.Status.SCHEDULED);
    }

    @Test
    void cancelledEventIsCancelledWithEveryOccurrence() throws Exception {
        ActivityDraft markt = titled(parse("google-wijkagenda.ics"), "Voorjaarsmarkt");

        assertThat(markt.status()).isEqualTo(ActivityDraft.Status.CANCELLED);
        assertThat(markt.schedule().occurrences()).singleElement()
                .isEqualTo(new Occurrence(amsterdam(2026, 4, 4, 10, 0), amsterdam(2026, 4, 4, 14, 0), true));
    }

    @Test
    void utcTimesAreShownInTheSourceZone() throws Exception {
        ActivityDraft repair = titled(parse("google-wijkagenda.ics"), "Repair Café");

        assertThat(repair.schedule().occurrences()).singleElement()
                .isEqualTo(new Occurrence(amsterdam(2026, 3, 21, 14, 0), amsterdam(2026, 3, 21, 17, 0), false));
        assertThat(repair.place().name()).isEqualTo("Wijkcentrum Rijnsoever");
        assertThat(repair.link()).isNull();
    }

    @Test
    void htmlDescriptionIsSanitisedWithLinksResolved() throws Exception {
        ActivityDraft repair = titled(parse("google-wijkagenda.ics"), "Repair Café");

        assertThat(repair.description().html()).isEqualTo("<p>Kapotte lamp, fiets of broek? Samen met onze "
                + "<b>vrijwillige reparateurs</b> maakt u het weer heel.</p><p>Meer info op <a "
                + "href=\"https://www.example.nl/repair-cafe\" rel=\"nofollow noopener\">onze site</a>.</p>");
        assertThat(repair.description().text()).isEqualTo("Kapotte lamp, fiets of broek? Samen met onze vrijwillige "
                + "reparateurs maakt u het weer heel.\n\nMeer info op onze site.");
    }

    @Test
    void allDayMultiDayEventRunsFromStartOfFirstDayToEndOfLast() throws Exception {
        ActivityDraft route = titled(parse("google-wijkagenda.ics"), "Kunstroute Rijnsoever");

        assertThat(route.schedule().allDay()).isTrue();
        assertThat(route.schedule().occurrences()).singleElement()
                .isEqualTo(new Occurrence(amsterdam(2026, 4, 11, 0, 0), amsterdam(2026, 4, 13, 0, 0), false));
        assertThat(route.link()).isEqualTo(URI.create("https://www.kunstroute-rijnsoever.nl/agenda"));
        assertThat(route.image()).isEqualTo(URI.create("https://www.kunstroute-rijnsoever.nl/logo.png"));
    }

    @Test
    void pastOneOffEventsAreKeptForTheStoreToDecide() throws Exception {
        ParseResult result = connector.parse(document("ical/google-wijkagenda.ics", "https://www.example.nl/a.ics", null),
                settings(AMSTERDAM, Duration.ofDays(90), Instant.parse("2026-06-01T10:00:00Z")));

        assertThat(titled(result, "Repair Café").schedule().occurrences()).extracting(Occurrence::start)
                .containsExactly(amsterdam(2026, 3, 21, 14, 0));
        // A series that ended keeps its first date rather than turning into an ongoing offer.
        assertThat(titled(result, "Wandelclub Duinrand").schedule().occurrences()).extracting(Occurrence::start)
                .containsExactly(amsterdam(2026, 3, 5, 10, 0));
    }

    @Test
    void floatingTimesUseSourceZone() throws Exception {
        ZoneId brussels = ZoneId.of("Europe/Brussels");
        ParseResult result = connector.parse(document("ical/zwevende-tijden.ics", "https://www.example.nl/a.ics", null),
                settings(brussels, Duration.ofDays(90), Fixtures.NOW));

        assertThat(titled(result, "Buurtborrel Het Anker").schedule().occurrences()).singleElement().isEqualTo(
                new Occurrence(ZonedDateTime.of(2026, 3, 27, 17, 0, 0, 0, brussels),
                        ZonedDateTime.of(2026, 3, 27, 19, 0, 0, 0, brussels), false));
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void tzidNamingAnIanaZoneWithoutVtimezoneIsUsedWithDuration() throws Exception {
        ActivityDraft vergadering = titled(parse("zwevende-tijden.ics"), "Jaarvergadering");

        assertThat(vergadering.schedule().occurrences()).singleElement()
                .isEqualTo(new Occurrence(amsterdam(2026, 4, 9, 20, 0), amsterdam(2026, 4, 9, 21, 30), false));
        assertThat(vergadering.place()).isEqualTo(new Place("Clubhuis Het Anker", "Ankerstraat 5, Katwijk", null, null));
    }

    @Test
    void malformedCalendarYieldsWarningsAndGoodEvents() throws Exception {
        ParseResult result = parse("kapot.ics");

        assertThat(result.activities()).extracting(ActivityDraft::title)
                .containsExactly("Beweegtuin voor 60-plussers", "Jeu de boules");
        assertThat(titled(result, "Beweegtuin voor 60-plussers").schedule().occurrences().getFirst().start())
                .isEqualTo(amsterdam(2026, 3, 14, 9, 30));
        assertThat(result.warnings()).extracting(w -> w.itemRef()).containsExactlyInAnyOrder(
                "quick-zonder-start", "quick-rare-datum", "quick-zonder-titel", "TZID=Onbekend/Zone");
        assertThat(result.warnings()).filteredOn(w -> "quick-rare-datum".equals(w.itemRef())).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("2026-13-45 morgen"));
        assertThat(result.warnings()).filteredOn(w -> "quick-zonder-start".equals(w.itemRef())).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("DTSTART"));
    }

    @Test
    void runawayRecurrenceIsCappedWithAWarning() throws Exception {
        String daily = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:elke-dag\nSUMMARY:Ochtendgymnastiek\n"
                + "DTSTART;TZID=Europe/Amsterdam:20260101T090000\nRRULE:FREQ=DAILY\nEND:VEVENT\nEND:VCALENDAR\n";
        ParseResult result = connector.parse(new Document(URI.create("https://www.example.nl/a.ics"), "text/calendar",
                daily.getBytes(StandardCharsets.UTF_8)), settings(AMSTERDAM, Duration.ofDays(1000), Fixtures.NOW));

        assertThat(titled(result, "Ochtendgymnastiek").schedule().occurrences()).hasSize(RecurrenceExpander.MAX_OCCURRENCES)
                .first().extracting(Occurrence::start).isEqualTo(amsterdam(2026, 3, 10, 9, 0));
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.itemRef()).isEqualTo("elke-dag");
            assertThat(w.message()).contains("500");
        });
    }

    @Test
    void supportsCalendarsByContentTypeOrFirstLine() {
        byte[] ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
        URI url = URI.create("https://www.example.nl/agenda");

        assertThat(connector.supports(new Document(url, "text/calendar; charset=utf-8", new byte[0]))).isTrue();
        assertThat(connector.supports(new Document(url, "application/octet-stream", ics))).isTrue();
        assertThat(connector.supports(new Document(url, "application/rss+xml", "<rss version=\"2.0\"/>".getBytes()))).isFalse();
        assertThat(connector.supports(new Document(url, "text/html", "<!doctype html><html></html>".getBytes()))).isFalse();
    }

    @Test
    void documentThatIsNoCalendarFailsWithAPlainMessage() {
        Document html = new Document(URI.create("https://www.example.nl/agenda.ics"), "text/calendar",
                "<html><body>Pagina niet gevonden</body></html>".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> connector.parse(html, settings()))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("not a readable iCalendar file")
                .hasMessageContaining("https://www.example.nl/agenda.ics");
    }
}
