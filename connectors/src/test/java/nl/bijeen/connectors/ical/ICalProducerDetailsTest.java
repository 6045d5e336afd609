package nl.bijeen.connectors.ical;

import static nl.bijeen.connectors.Fixtures.amsterdam;
import static nl.bijeen.connectors.Fixtures.titled;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.model.Organiser;
import nl.bijeen.connectors.model.ParseResult;
import nl.bijeen.connectors.model.Place;

/** What each producer in the corpus puts beyond dates and titles: descriptions, places, links, images, organisers. */
class ICalProducerDetailsTest {

    private static ParseResult parse(String file) throws Exception {
        return ICalCorpusTest.parse(file);
    }

    @Test
    void outlookHtmlDescriptionIsPreferredOverPlainTextAndSanitised() throws Exception {
        ActivityDraft spreekuur = titled(parse("outlook-exchange-welzijn.ics"), "Inloopspreekuur Welzijn");

        assertThat(spreekuur.description().html()).isEqualTo(
                "<p>Inloopspreekuur voor vragen over <b>geld, zorg en wonen</b>.</p>\n"
                        + "<p><a href=\"https://www.welzijnkatwijk.nl/spreekuur\" rel=\"nofollow noopener\">Meer informatie</a></p>");
        assertThat(spreekuur.description().text())
                .isEqualTo("Inloopspreekuur voor vragen over geld, zorg en wonen.\n\nMeer informatie");
        assertThat(spreekuur.organiser()).isEqualTo(new Organiser("Welzijn Katwijk", null, "info@welzijnkatwijk.nl"));
    }

    @Test
    void appleMultiLineLocationAndStructuredLocationGivePlaceWithCoordinates() throws Exception {
        ActivityDraft prikken = titled(parse("apple-icloud-buurtvereniging.ics"), "Zwerfvuil prikken");

        assertThat(prikken.place()).isEqualTo(new Place("Speeltuin De Zonnewijzer", "Zonnebloemstraat 4, 2224 AB Katwijk",
                52.196, 4.404));
        assertThat(prikken.link()).isEqualTo(URI.create("https://www.zonnewijk.nl/zwerfvuil"));
    }

    @Test
    void appleExdateRemovesTheSecondSaturdayOfApril() throws Exception {
        ActivityDraft repair = titled(parse("apple-icloud-buurtvereniging.ics"), "Repair Café");

        assertThat(repair.schedule().occurrences()).extracting(Occurrence::start)
                .containsExactly(amsterdam(2026, 3, 14, 10, 0), amsterdam(2026, 5, 9, 10, 0));
    }

    @Test
    void googleOverrideMovesOneMorningToTheAfternoonAndExdateDropsAnother() throws Exception {
        ActivityDraft koffie = titled(parse("google-publieke-agenda.ics"), "Koffieochtend");

        assertThat(koffie.schedule().occurrences()).extracting(Occurrence::start)
                .contains(amsterdam(2026, 4, 22, 14, 0))
                .doesNotContain(amsterdam(2026, 4, 22, 10, 0), amsterdam(2026, 4, 8, 10, 0));
        assertThat(koffie.schedule().occurrences()).filteredOn(o -> o.start().equals(amsterdam(2026, 4, 22, 14, 0)))
                .singleElement().extracting(Occurrence::end).isEqualTo(amsterdam(2026, 4, 22, 15, 30));
    }

    @Test
    void movedOccurrenceTakesThePlaceOfTheOneItReplaces() throws Exception {
        ActivityDraft taalcafe = titled(parse("afgelast-en-verzet.ics"), "Taalcafé");

        assertThat(taalcafe.schedule().occurrences()).extracting(Occurrence::start)
                .contains(amsterdam(2026, 4, 21, 19, 0)).doesNotContain(amsterdam(2026, 4, 20, 19, 0));
    }

    @Test
    void wordPressEventsCalendarGivesImageThemesOrganiserCoordinatesAndLink() throws Exception {
        ActivityDraft handwerk = titled(parse("wordpress-events-calendar.ics"), "Handwerkcafé – breien, haken en borduren");

        assertThat(handwerk.image()).isEqualTo(URI.create(
                "https://www.buurthuisdevonk.nl/wp-content/uploads/2026/02/handwerkcafe.jpg"));
        assertThat(handwerk.themes()).containsExactly("Creatief", "Ontmoeting");
        assertThat(handwerk.organiser()).isEqualTo(new Organiser("Buurthuis De Vonk", null, "info@buurthuisdevonk.nl"));
        assertThat(handwerk.place()).isEqualTo(new Place("Buurthuis De Vonk", "Vonkstraat 8, Eindhoven, 5611 AB, Nederland",
                51.4416, 5.4697));
        assertThat(handwerk.link()).isEqualTo(URI.create("https://www.buurthuisdevonk.nl/agenda/handwerkcafe-3/"));
    }

    @Test
    void nextcloudAttachedImageAndCategoriesAreRead() throws Exception {
        ActivityDraft taalcafe = titled(parse("nextcloud-taalhuis.ics"), "Taalcafé: Nederlands oefenen");

        assertThat(taalcafe.image()).isEqualTo(URI.create("https://cloud.taalhuisleiden.nl/s/Xy12/download/taalcafe.png"));
        assertThat(taalcafe.themes()).containsExactly("Taal", "Ontmoeting");
    }

    @Test
    void meetupVenueWithAddressInBracketsIsSplitAndGeoIsKept() throws Exception {
        ActivityDraft wandeling = titled(parse("meetup-wandelgroep.ics"), "Zondagochtendwandeling door Amelisweerd");

        assertThat(wandeling.place()).isEqualTo(new Place("Theehuis Rhijnauwen", "Rhijnauwenselaan 14, Bunnik, NL",
                52.0786, 5.168));
        assertThat(wandeling.link())
                .isEqualTo(URI.create("https://www.meetup.com/nl-NL/utrecht-wandelgroep/events/312345678/"));
    }

    @Test
    void zoomMeetingLinkInLocationIsTheLinkNotAPlace() throws Exception {
        ActivityDraft webinar = titled(parse("zoom-webinar.ics"), "Webinar: veilig internetbankieren voor senioren");

        assertThat(webinar.place()).isNull();
        assertThat(webinar.link()).isEqualTo(URI.create(
                "https://us02web.zoom.us/j/86123456789?pwd=QWxhZGRpbjpvcGVuIHNlc2FtZQ"));
    }

    @Test
    void teamsInviteKeepsItsOrganiserAndIgnoresTheAlarm() throws Exception {
        ActivityDraft overleg = titled(parse("teams-uitnodiging.ics"), "Vrijwilligersoverleg Buurtteam Noord");

        assertThat(overleg.organiser())
                .isEqualTo(new Organiser("Fatima el Amrani", null, "f.elamrani@buurtteam-noord.nl"));
        assertThat(overleg.description().text()).startsWith("Overleg vrijwilligers buurtteam Noord\n");
    }

    @Test
    void rfc7986ImageWinsAndRelativeOrInlineAttachmentsAreHandled() throws Exception {
        ParseResult result = parse("bibliotheek-rfc7986.ics");

        assertThat(titled(result, "Voorlezen voor peuters").image())
                .isEqualTo(URI.create("https://www.bibliotheekkennemerwaard.nl/media/voorlezen-peuters.jpg"));
        assertThat(titled(result, "Repair Café").image()).isEqualTo(URI.create("https://www.example.nl/media/repair-cafe.webp"));
        assertThat(titled(result, "Digicafé").image()).isNull();
    }

    @Test
    void municipalityOrganiserAndRdatesShareTheMastersLength() throws Exception {
        ParseResult result = parse("gemeente-bijeenkomsten.ics");
        ActivityDraft inloop = titled(result, "Inloopavond herinrichting Wilhelminaplein");

        assertThat(inloop.organiser()).isEqualTo(new Organiser("Gemeente Zaanstad", null, "participatie@zaanstad.nl"));
        assertThat(inloop.schedule().occurrences()).extracting(Occurrence::start, Occurrence::end).containsExactly(
                org.assertj.core.groups.Tuple.tuple(amsterdam(2026, 3, 17, 19, 0), amsterdam(2026, 3, 17, 21, 0)),
                org.assertj.core.groups.Tuple.tuple(amsterdam(2026, 3, 31, 19, 0), amsterdam(2026, 3, 31, 21, 0)),
                org.assertj.core.groups.Tuple.tuple(amsterdam(2026, 4, 14, 19, 0), amsterdam(2026, 4, 14, 21, 0)));
    }

    @Test
    void drupalHtmlDescriptionKeepsItsParagraphs() throws Exception {
        ActivityDraft spreekuur = titled(parse("drupal-smart-date.ics"), "Inloopspreekuur Sociaal Raadslieden");

        assertThat(spreekuur.description().html()).isEqualTo("<p>Hulp bij brieven van de gemeente, toeslagen en schulden.</p>"
                + "<p><strong>Gratis</strong>, zonder afspraak.</p>");
    }

    @Test
    void eventsWithoutUidGetContentKeys() throws Exception {
        ParseResult result = parse("kapot-zonder-uid.ics");

        assertThat(result.activities()).extracting(ActivityDraft::sourceItemId)
                .satisfiesExactly(id -> assertThat(id).startsWith("sha1:"), id -> assertThat(id).startsWith("sha1:"),
                        id -> assertThat(id).isEqualTo("senioren-busreis-2026"));
    }

    @Test
    void runawayRulesFinishWellWithinTwoSecondsAndStayUnderTheCap() throws Exception {
        parse("zwevende-tijden.ics"); // class loading and JIT warm-up are not what is measured
        long started = System.nanoTime();
        ParseResult result = parse("op-hol-geslagen-herhaling.ics");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(result.activities()).allSatisfy(a -> assertThat(a.schedule().occurrences())
                .hasSizeLessThanOrEqualTo(RecurrenceExpander.MAX_OCCURRENCES));
    }

    @Test
    void floatingTimesFollowTheSourcesDefaultZone() throws Exception {
        java.time.ZoneId bonaire = java.time.ZoneId.of("America/Kralendijk");
        ParseResult result = new ICalConnector().parse(nl.bijeen.connectors.Fixtures.document("ical/zwevend-en-meerdaags.ics",
                "https://www.example.nl/agenda.ics", "text/calendar"),
                nl.bijeen.connectors.Fixtures.settings(bonaire, Duration.ofDays(90), nl.bijeen.connectors.Fixtures.NOW));

        // No daylight saving on Bonaire: the night walk lasts four hours there, three in Amsterdam.
        assertThat(titled(result, "Nachtwandeling").schedule().occurrences()).singleElement().isEqualTo(new Occurrence(
                java.time.ZonedDateTime.of(2026, 3, 28, 23, 0, 0, 0, bonaire),
                java.time.ZonedDateTime.of(2026, 3, 29, 3, 0, 0, 0, bonaire), false));
        assertThat(titled(result, "Nachtwandeling").schedule().occurrences().getFirst().end().toInstant())
                .isEqualTo(java.time.Instant.parse("2026-03-29T07:00:00Z"));
        assertThat(titled(result, "Opkomst verkenners").schedule().zone()).isEqualTo(bonaire);
        assertThat(result.warnings()).isEmpty();
    }
}
