package nl.bijeen.connectors.ical;

import static nl.bijeen.connectors.Fixtures.AMSTERDAM;
import static nl.bijeen.connectors.Fixtures.document;
import static nl.bijeen.connectors.Fixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.model.ParseResult;
import nl.bijeen.connectors.model.Warning;
import nl.bijeen.connectors.spi.ConnectorException;

/**
 * The corpus: one row per calendar shaped after a real producer, with the activities that must come out of it,
 * written out by hand. Now is Tuesday 10 March 2026, 11:00 in Amsterdam; the horizon is 90 days, so series are
 * expanded from 10 March 00:00 up to 8 June 2026 12:00. Times are Amsterdam wall-clock times.
 */
class ICalCorpusTest {

    /** One activity as it must come out: occurrences in the window, first start and end, last start, cancellations. */
    record Act(String title, int count, String first, String firstEnd, String last, String place, boolean cancelled,
               List<String> cancelledDays) {

        Act at(String placeName) {
            return new Act(title, count, first, firstEnd, last, placeName, cancelled, cancelledDays);
        }

        Act cancelledOn(String... days) {
            return new Act(title, count, first, firstEnd, last, place, cancelled, List.of(days));
        }

        /** The whole activity is cancelled (STATUS:CANCELLED on the series), so is every occurrence. */
        Act cancelledActivity() {
            return new Act(title, count, first, firstEnd, last, place, true, cancelledDays);
        }

        @Override
        public String toString() {
            return title;
        }
    }

    /** A warning as it must come out: the item it is about and a fragment of its message. */
    record Warned(String itemRef, String fragment) {
    }

    record Case(String file, List<Act> activities, List<Warned> warnings) {

        @Override
        public String toString() {
            return file;
        }
    }

    static Act act(String title, int count, String first, String firstEnd, String last) {
        return new Act(title, count, first, firstEnd, last, null, false, List.of());
    }

    static Warned warned(String itemRef, String fragment) {
        return new Warned(itemRef, fragment);
    }

    static Case file(String name, Object... expected) {
        List<Act> acts = new ArrayList<>();
        List<Warned> warnings = new ArrayList<>();
        for (Object e : expected) {
            if (e instanceof Act a) {
                acts.add(a);
            } else {
                warnings.add((Warned) e);
            }
        }
        return new Case(name, acts, warnings);
    }

    static Stream<Case> corpus() {
        return Stream.of(
                file("google-publieke-agenda.ics",
                        act("Koffieochtend", 12, "2026-03-11T10:00", "2026-03-11T11:30", "2026-06-03T10:00")
                                .at("Buurthuis De Linde").cancelledOn("2026-05-27"),
                        act("Taalcafé", 1, "2026-03-19T19:00", "2026-03-19T20:30", "2026-03-19T19:00")
                                .at("Buurthuis De Linde"),
                        act("Rommelmarkt en buurtfeest", 1, "2026-05-16T00:00", "2026-05-18T00:00", "2026-05-16T00:00")
                                .at("Lindengracht")),
                file("outlook-exchange-welzijn.ics",
                        act("Inloopspreekuur Welzijn", 6, "2026-03-17T09:30", "2026-03-17T11:30", "2026-05-26T09:30")
                                .at("Het Baken"),
                        act("Vrijwilligersavond", 1, "2026-04-03T00:00", "2026-04-04T00:00", "2026-04-03T00:00")
                                .at("Het Baken"),
                        warned("040000008200E00074C5B7101A82E008000000002B3C4D5E6F7A8B01000000000000000010000000"
                                + "FEDCBA9876543210", "PRIVATE")),
                file("apple-icloud-buurtvereniging.ics",
                        act("Zwerfvuil prikken", 1, "2026-03-14T14:00", "2026-03-14T16:00", "2026-03-14T14:00")
                                .at("Speeltuin De Zonnewijzer"),
                        act("Repair Café", 2, "2026-03-14T10:00", "2026-03-14T13:00", "2026-05-09T10:00")
                                .at("Clubhuis Zonnewijk"),
                        act("Koningsdag vrijmarkt", 1, "2026-04-27T00:00", "2026-04-28T00:00", "2026-04-27T00:00")
                                .at("Zonnebloemstraat")),
                file("nextcloud-taalhuis.ics",
                        act("Taalcafé: Nederlands oefenen", 3, "2026-04-02T19:00", "2026-04-02T21:00", "2026-06-04T19:00")
                                .at("Bibliotheek Nieuwstraat"),
                        act("Voorleesuurtje", 4, "2026-03-18T15:00", "2026-03-18T15:45", "2026-04-08T15:00")
                                .at("Bibliotheek Nieuwstraat")),
                file("thunderbird-schaakclub.ics",
                        act("Schaakclub De Witte Dame", 8, "2026-03-10T19:30", "2026-03-10T22:30", "2026-04-28T19:30")
                                .at("Dorpshuis De Kolk"),
                        act("Bridgedrive", 1, "2026-03-20T13:30", "2026-03-20T17:00", "2026-03-20T13:30")
                                .at("Dorpshuis De Kolk")),
                file("meetup-wandelgroep.ics",
                        act("Zondagochtendwandeling door Amelisweerd", 1, "2026-03-15T10:00", "2026-03-15T13:00",
                                "2026-03-15T10:00").at("Theehuis Rhijnauwen"),
                        act("Avondwandeling langs de Vecht", 1, "2026-04-09T19:00", "2026-04-09T21:00", "2026-04-09T19:00")
                                .at("Station Maarssen").cancelledActivity().cancelledOn("2026-04-09")),
                file("wordpress-events-calendar.ics",
                        act("Handwerkcafé – breien, haken en borduren", 1, "2026-03-24T14:00", "2026-03-24T16:30",
                                "2026-03-24T14:00").at("Buurthuis De Vonk"),
                        act("Kunstroute Strijp", 1, "2026-04-25T00:00", "2026-04-27T00:00", "2026-04-25T00:00")
                                .at("Buurthuis De Vonk"),
                        act("Jeu de boules", 1, "2026-04-07T14:00", "2026-04-07T16:00", "2026-04-07T14:00")
                                .at("Jeu de boulesbaan achter De Vonk")),
                file("drupal-smart-date.ics",
                        act("Inloopspreekuur Sociaal Raadslieden", 9, "2026-03-16T13:00", "2026-03-16T15:00",
                                "2026-05-25T13:00").at("Wijkcentrum Schilderswijk"),
                        act("Buurtschoonmaak", 1, "2026-03-21T00:00", "2026-03-22T00:00", "2026-03-21T00:00")
                                .at("Wijkcentrum Schilderswijk")),
                file("sportlink-jo11.ics",
                        act("VV Katwijk JO11-2 - Quick Boys JO11-3", 1, "2026-03-14T09:30", "2026-03-14T11:00",
                                "2026-03-14T09:30").at("Sportpark De Krom"),
                        act("Rijnsburgse Boys JO11-1 - VV Katwijk JO11-2", 1, "2026-03-21T10:00", "2026-03-21T11:30",
                                "2026-03-21T10:00").at("Sportpark Middelmors").cancelledActivity().cancelledOn("2026-03-21"),
                        // A series published in UTC keeps its UTC time: 16:30Z is 17:30 in winter, 18:30 in summer.
                        act("Training JO11-2", 12, "2026-03-10T17:30", "2026-03-10T18:30", "2026-05-26T18:30")
                                .at("Sportpark De Krom")),
                file("school-jaarkalender.ics",
                        act("Voorjaarsvakantie", 1, "2026-02-14T00:00", "2026-02-23T00:00", "2026-02-14T00:00"),
                        act("Studiedag – alle leerlingen vrij", 1, "2026-03-18T00:00", "2026-03-19T00:00",
                                "2026-03-18T00:00"),
                        act("Koningsspelen", 1, "2026-04-24T00:00", "2026-04-25T00:00", "2026-04-24T00:00")
                                .at("Schoolplein OBS De Regenboog"),
                        act("Meivakantie", 1, "2026-04-25T00:00", "2026-05-11T00:00", "2026-04-25T00:00"),
                        act("Luizencontrole", 3, "2026-04-06T00:00", "2026-04-07T00:00", "2026-06-01T00:00")),
                file("gemeente-bijeenkomsten.ics",
                        act("Inloopavond herinrichting Wilhelminaplein", 3, "2026-03-17T19:00", "2026-03-17T21:00",
                                "2026-04-14T19:00").at("Stadhuis Zaanstad"),
                        act("Spreekuur wijkmanager Poelenburg", 2, "2026-03-19T10:00", "2026-03-19T12:00",
                                "2026-04-02T10:00").at("Wijkcentrum Poelenburg"),
                        act("Informatieavond warmtenet", 1, "2026-03-26T20:00", "2026-03-26T22:00", "2026-03-26T20:00")
                                .at("Stadhuis Zaanstad").cancelledActivity().cancelledOn("2026-03-26")),
                file("teams-uitnodiging.ics",
                        act("Vrijwilligersoverleg Buurtteam Noord", 1, "2026-04-01T15:00", "2026-04-01T16:00",
                                "2026-04-01T15:00").at("Microsoft Teams-vergadering")),
                file("zoom-webinar.ics",
                        act("Webinar: veilig internetbankieren voor senioren", 1, "2026-04-09T20:00", "2026-04-09T21:15",
                                "2026-04-09T20:00")),
                file("kapot-afgebroken.ics",
                        act("Handwerkmiddag", 1, "2026-03-11T14:00", "2026-03-11T16:00", "2026-03-11T14:00")
                                .at("Buurtkamer Het Anker"),
                        act("Koffieochtend", 3, "2026-03-12T10:00", "2026-03-12T11:30", "2026-03-26T10:00")
                                .at("Buurtkamer Het Anker"),
                        warned(null, "could not be read to the end")),
                file("kapot-zonder-end.ics",
                        warned(null, "no END:VEVENT"),
                        act("Inloopspreekuur vrijwilligerswerk", 1, "2026-03-12T10:00", "2026-03-12T12:00",
                                "2026-03-12T10:00").at("Vrijwilligerscentrale"),
                        act("Training omgaan met dementie", 1, "2026-03-19T19:30", "2026-03-19T21:30", "2026-03-19T19:30")
                                .at("Vrijwilligerscentrale"),
                        act("Vrijwilligersmarkt", 1, "2026-04-11T00:00", "2026-04-12T00:00", "2026-04-11T00:00")
                                .at("Markt")),
                file("kapot-datums.ics",
                        act("Dansavond", 1, "2026-03-27T20:00", "2026-03-27T23:00", "2026-03-27T20:00"),
                        act("Ommetje door het park", 1, "2026-03-28T10:00", null, "2026-03-28T10:00"),
                        act("Kaartmiddag", 1, "2026-03-12T14:00", null, "2026-03-12T14:00"),
                        warned("bw-pubquiz", "DTSTART \"morgen om acht\" is not a date"),
                        warned("bw-sjoelen", "DTSTART \"20261345T190000\" is not a date"),
                        warned("bw-wandeling", "DTEND \"gisteren\" is not a date"),
                        warned("bw-kaarten", "truncated")),
                file("kapot-zonder-uid.ics",
                        act("Klaverjassen", 1, "2026-03-20T19:30", "2026-03-20T22:30", "2026-03-20T19:30")
                                .at("Zaal De Harmonie"),
                        act("Koersbal", 1, "2026-03-23T14:00", null, "2026-03-23T14:00").at("Zaal De Harmonie"),
                        act("Busreis naar de Keukenhof", 1, "2026-04-15T08:30", "2026-04-15T18:00", "2026-04-15T08:30")
                                .at("Vertrek vanaf Zaal De Harmonie")),
                file("kapot-dubbele-uid.ics",
                        act("Stoelyoga", 2, "2026-03-16T10:00", "2026-03-16T11:00", "2026-03-17T11:00")
                                .at("Buurthuis De Ster"),
                        act("Buurtlunch", 1, "2026-03-18T12:30", "2026-03-18T14:00", "2026-03-18T12:30")
                                .at("Buurthuis De Ster"),
                        warned("activiteit-12@buurthuisdester.nl", "appears 2 times")),
                file("kapot-onbekende-zone.ics",
                        act("Yoga in het park", 1, "2026-03-21T09:30", "2026-03-21T10:30", "2026-03-21T09:30"),
                        // 18:00 at +05:30 (the calendar's own VTIMEZONE) is 13:30 in Amsterdam.
                        act("Lezing over India", 1, "2026-03-20T13:30", null, "2026-03-20T13:30"),
                        warned("TZID=Midden-Europa/Katwijk", "unknown time zone"),
                        warned("TZID=Eigen zone", "fixed offset +05:30")),
                file("gemengde-regeleinden.ics",
                        act("Openbare vergadering wijkraad", 1, "2026-03-25T20:00", "2026-03-25T22:00", "2026-03-25T20:00")
                                .at("Wijkgebouw Noord"),
                        act("Spreekuur wijkraad", 1, "2026-04-08T19:00", "2026-04-08T20:00", "2026-04-08T19:00")
                                .at("Wijkgebouw Noord")),
                file("latin1-buurtvereniging.ics",
                        warned(null, "read as Latin-1"),
                        act("Taalcafé voor nieuwkomers", 1, "2026-03-17T19:00", "2026-03-17T21:00", "2026-03-17T19:00")
                                .at("Café De Gouden Leeuw"),
                        act("Crèche-ochtend: peuters & ouders", 1, "2026-03-19T09:30", "2026-03-19T11:30",
                                "2026-03-19T09:30").at("Buurthuis Oranjewijk")),
                file("slordige-export.ics",
                        // DTEND equal to DTSTART: no end time given.
                        act("Koffieochtend", 1, "2026-03-13T10:00", null, "2026-03-13T10:00").at("Café De Zwaan"),
                        act("Expositie Kunst in de Wijk", 1, "2026-03-14T00:00", "2026-03-28T00:00", "2026-03-14T00:00")
                                .at("Bibliotheek Katwijk"),
                        // VALUE=DATE-TIME with only a date: read as the all-day event it is.
                        act("Inloopspreekuur", 1, "2026-03-10T00:00", "2026-03-11T00:00", "2026-03-10T00:00"),
                        act("Buurtborrel", 1, "2026-03-20T17:00", null, "2026-03-20T17:00").at("Café De Zwaan"),
                        warned(null, "could not be read to the end"),
                        warned("wv-4", "ends (DTEND) before it starts")),
                file("op-hol-geslagen-herhaling.ics",
                        act("Storingsmelding", 1, "2026-03-10T09:00", null, "2026-03-10T09:00"),
                        act("Ledenvergadering", 1, "2026-03-01T10:00", null, "2026-03-01T10:00"),
                        // 8 a day from 10 March: 62 whole days (496) and 4 on 11 May make the cap of 500.
                        act("Parkeerwacht", 500, "2026-03-10T09:00", "2026-03-10T10:00", "2026-05-11T12:00"),
                        act("Wekelijkse koffieochtend", 13, "2026-03-12T10:00", "2026-03-12T11:30", "2026-06-04T10:00"),
                        warned("storing-elke-seconde", "truncated"),
                        warned("ledenvergadering-nooit", "truncated"),
                        warned("parkeerwacht-elk-uur", "truncated")),
                file("prive-en-taken.ics",
                        warned("prive-huisbezoek", "PRIVATE"),
                        warned("vertrouwelijk-overleg", "CONFIDENTIAL"),
                        act("Open dag buurtmoestuin", 1, "2026-04-11T11:00", "2026-04-11T15:00", "2026-04-11T11:00")
                                .at("Buurtmoestuin De Groene Vinger")),
                file("afgelast-en-verzet.ics",
                        act("Taalcafé", 8, "2026-03-16T19:00", "2026-03-16T21:00", "2026-05-04T19:00")
                                .at("Buurthuis 't Trefpunt").cancelledOn("2026-04-06"),
                        act("Zumba voor 50+", 3, "2026-03-13T10:00", "2026-03-13T11:00", "2026-03-27T10:00")
                                .cancelledActivity().cancelledOn("2026-03-13", "2026-03-20", "2026-03-27"),
                        act("Paasbrunch", 1, "2026-04-05T11:30", "2026-04-05T13:30", "2026-04-05T11:30")),
                file("bibliotheek-rfc7986.ics",
                        act("Voorlezen voor peuters", 1, "2026-03-18T10:00", "2026-03-18T10:30", "2026-03-18T10:00")
                                .at("Bibliotheek Alkmaar Centrum"),
                        act("Repair Café", 1, "2026-03-28T13:00", "2026-03-28T16:00", "2026-03-28T13:00")
                                .at("Bibliotheek Heerhugowaard"),
                        act("Digicafé", 1, "2026-04-02T14:00", "2026-04-02T16:00", "2026-04-02T14:00")
                                .at("Bibliotheek Alkmaar Centrum")),
                file("zwevend-en-meerdaags.ics",
                        act("Weekendkamp welpen", 1, "2026-04-10T18:00", "2026-04-12T16:00", "2026-04-10T18:00")
                                .at("Kampeerterrein De Paddestoel"),
                        // Floating 23:00 to 03:00 across the switch to summer time.
                        act("Nachtwandeling", 1, "2026-03-28T23:00", "2026-03-29T03:00", "2026-03-28T23:00")
                                .at("Scoutinggebouw Sint-Joris"),
                        act("Opkomst verkenners", 3, "2026-03-14T09:30", "2026-03-14T12:30", "2026-04-11T09:30")
                                .at("Scoutinggebouw Sint-Joris")));
    }

    static ParseResult parse(String file) throws ConnectorException {
        return new ICalConnector().parse(document("ical/" + file, "https://www.example.nl/agenda.ics", "text/calendar"),
                settings());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void calendarYieldsExactlyTheExpectedActivitiesAndWarnings(Case expected) throws Exception {
        ParseResult result = parse(expected.file());

        assertThat(result.activities()).extracting(ActivityDraft::title)
                .containsExactlyElementsOf(expected.activities().stream().map(Act::title).toList());
        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < expected.activities().size(); i++) {
            check(softly, expected.activities().get(i), result.activities().get(i));
        }
        softly.assertThat(result.warnings()).as("warnings").extracting(Warning::itemRef)
                .containsExactlyElementsOf(expected.warnings().stream().map(Warned::itemRef).toList());
        for (int i = 0; i < Math.min(expected.warnings().size(), result.warnings().size()); i++) {
            softly.assertThat(result.warnings().get(i).message()).as("warning " + i)
                    .contains(expected.warnings().get(i).fragment());
        }
        softly.assertAll();
    }

    private static void check(SoftAssertions softly, Act expected, ActivityDraft actual) {
        List<Occurrence> occurrences = actual.schedule().occurrences();
        String t = expected.title() + ": ";
        softly.assertThat(occurrences).as(t + "occurrences").hasSize(expected.count());
        if (occurrences.isEmpty()) {
            return;
        }
        softly.assertThat(occurrences.getFirst().start()).as(t + "first start").isEqualTo(at(expected.first()));
        softly.assertThat(occurrences.getFirst().end()).as(t + "first end").isEqualTo(at(expected.firstEnd()));
        softly.assertThat(occurrences.getLast().start()).as(t + "last start").isEqualTo(at(expected.last()));
        softly.assertThat(occurrences.stream().filter(Occurrence::cancelled).map(o -> o.start().toLocalDate()))
                .as(t + "cancelled days")
                .containsExactlyElementsOf(expected.cancelledDays().stream().map(LocalDate::parse).toList());
        softly.assertThat(actual.status()).as(t + "status").isEqualTo(expected.cancelled()
                ? ActivityDraft.Status.CANCELLED : ActivityDraft.Status.SCHEDULED);
        softly.assertThat(actual.place() == null ? null : actual.place().name()).as(t + "place")
                .isEqualTo(expected.place());
        softly.assertThat(actual.schedule().allDay()).as(t + "all day").isEqualTo(expected.first().endsWith("T00:00"));
    }

    private static ZonedDateTime at(String localTime) {
        return localTime == null ? null : LocalDateTime.parse(localTime).atZone(AMSTERDAM);
    }

    /** Every fixture in the resource folder that this table does not describe would be an untested file. */
    @org.junit.jupiter.api.Test
    void everyCorpusFileHasARow() throws Exception {
        var folder = java.nio.file.Path.of(ICalCorpusTest.class.getResource("/ical/google-publieke-agenda.ics").toURI())
                .getParent();
        List<String> described = corpus().map(Case::file).toList();
        List<String> older = List.of("google-wijkagenda.ics", "kapot.ics", "outlook-buurthuis.ics", "zwevende-tijden.ics");
        try (var files = java.nio.file.Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ics"))
                    .filter(n -> !older.contains(n))).containsExactlyInAnyOrderElementsOf(described);
        }
        assertThat(described).hasSize(27);
    }

    /** The faults some fixtures are about live in their bytes; an editor or a Git setting must not have repaired them. */
    @org.junit.jupiter.api.Test
    void byteLevelFaultsAreStillInTheFixtures() {
        String mixed = new String(document("ical/gemengde-regeleinden.ics", "https://x.nl/a.ics", null).body(),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(mixed).contains("\r\n").containsPattern("[^\r]\n");
        byte[] latin1 = document("ical/latin1-buurtvereniging.ics", "https://x.nl/a.ics", null).body();
        assertThat(new String(latin1, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("Taalcaf\u00e9 ");
        assertThat(latin1).doesNotContain(0xC3);
        byte[] sloppy = document("ical/slordige-export.ics", "https://x.nl/a.ics", null).body();
        assertThat(java.util.Arrays.copyOf(sloppy, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(document("ical/kapot-zonder-end.ics", "https://x.nl/a.ics", null).body(),
                java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("\r", "END:V");
    }
}
