package nl.bijeen.connectors.feed;

import static nl.bijeen.connectors.Fixtures.document;
import static nl.bijeen.connectors.Fixtures.settings;
import static nl.bijeen.connectors.Fixtures.titled;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.ParseResult;
import nl.bijeen.connectors.model.Warning;
import nl.bijeen.connectors.spi.ConnectorException;

/**
 * Feeds shaped after real producers (src/test/resources/feed/), each read with now = Tuesday 10 March 2026 11:00
 * and a 90-day horizon (recurrences run up to and including Monday 8 June). Every activity is written out as
 * "title | kind | first start[/end] | occurrences".
 */
class FeedFixturesTest {

    private final FeedConnector connector = new FeedConnector();

    private ParseResult parse(String fixture) throws ConnectorException {
        return connector.parse(document("feed/" + fixture, "https://www.example.nl/feed/", null), settings());
    }

    static List<String> summaries(ParseResult result) {
        return result.activities().stream().map(FeedFixturesTest::summary).toList();
    }

    static String summary(ActivityDraft a) {
        var occurrences = a.schedule().occurrences();
        String first = occurrences.isEmpty() ? "-" : occurrences.getFirst().start().toLocalDateTime().toString()
                + (occurrences.getFirst().end() == null ? "" : "/" + occurrences.getFirst().end().toLocalDateTime());
        return a.title() + " | " + a.kind() + " | " + first + " | " + occurrences.size();
    }

    private static List<String> messages(ParseResult result) {
        return result.warnings().stream().map(Warning::message).toList();
    }

    @Test
    void theEventsCalendarDatesWithAtSignAreRead() throws Exception {
        ParseResult result = parse("wp-events-calendar.xml");

        assertThat(summaries(result)).containsExactly(
                "Paaseieren zoeken in het park | AGENDA | 2026-04-04T11:00/2026-04-04T12:30 | 1",
                "Lentefair | AGENDA | 2026-03-21T10:00/2026-03-21T16:00 | 1",
                // written as one span from the first day's time to the last day's: read as that one span
                "Avondvierdaagse | AGENDA | 2026-06-02T18:30/2026-06-05T21:00 | 1");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void newsPostsAnnouncingAnActivityInTheirTextBecomeAgendaItems() throws Exception {
        ParseResult result = parse("wp-nieuwsberichten.xml");

        assertThat(summaries(result)).containsExactly(
                "Voorjaarsklus: help je mee? | AGENDA | 2026-03-21T09:00/2026-03-21T13:00 | 1",
                "Terugblik op de nieuwjaarsborrel | ETALAGE | - | 0",
                "Speeltuin weer open | AGENDA | 2026-03-10T10:00/2026-03-10T17:00 | 91");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void drupalEscapedHtmlWithDateFieldsIsRead() throws Exception {
        ParseResult result = parse("drupal-agenda.xml");

        assertThat(summaries(result)).containsExactly(
                "Wijkraadsvergadering maart | AGENDA | 2026-03-19T19:30 | 1",
                "Schoonmaakactie Noordpark | AGENDA | 2026-04-11T10:00/2026-04-11T12:00 | 1");
        // dc:creator is the CMS account that posted it, not an organisation.
        assertThat(titled(result, "Wijkraadsvergadering maart").organiser()).isNull();
    }

    @Test
    void joomlaRecurringActivitiesExpandFromTodayNotFromTheirOldPublication() throws Exception {
        ParseResult result = parse("joomla-nieuws.xml");

        assertThat(summaries(result)).containsExactly(
                "Koffie-inloop | AGENDA | 2026-03-11T10:00/2026-03-11T11:30 | 13",
                "Klaverjassen | AGENDA | 2026-03-20T19:30 | 6",
                "Zaalverhuur | ETALAGE | - | 0");
        assertThat(titled(result, "Klaverjassen").schedule().occurrences()).extracting(o -> o.start().toLocalDate())
                .extracting(Object::toString).containsExactly(
                        "2026-03-20", "2026-04-03", "2026-04-17", "2026-05-01", "2026-05-15", "2026-06-05");
    }

    @Test
    void meetupDescriptionsWithParticipantCountsDoNotGiveFalseTimes() throws Exception {
        ParseResult result = parse("meetup-groep.xml");

        assertThat(summaries(result)).containsExactly(
                "Taalcafé in de bibliotheek | AGENDA | 2026-03-19T19:00 | 1",
                "Wandelen en praten | AGENDA | 2026-04-05T14:00 | 1");
    }

    @Test
    void bloggerAtomEntriesWithHtmlContentAreRead() throws Exception {
        ParseResult result = parse("blogger-atom.xml");

        assertThat(summaries(result)).containsExactly(
                "Plantjesmarkt op het complex | AGENDA | 2026-05-09T09:00/2026-05-09T12:00 | 1",
                "Werkochtend | AGENDA | 2026-03-14T09:00/2026-03-14T12:00 | 13");
        assertThat(titled(result, "Plantjesmarkt op het complex").organiser().name()).isEqualTo("Bestuur Ons Buiten");
    }

    @Test
    void mastodonStatusesUseThePostDayForRelativeWords() throws Exception {
        ParseResult result = parse("mastodon-atom.xml");

        // posted Monday 9 March: "morgenavond" is Tuesday 10 March, evening hours (the "Vanaf 20.00 uur" after the
        // exclamation mark is another sentence and is not joined to it)
        assertThat(summaries(result)).containsExactly(
                "Morgenavond pubquiz! Vanaf 20.00 uur, teams van max. 4 personen #katwijk | AGENDA"
                        + " | 2026-03-10T19:00/2026-03-10T22:00 | 1",
                "Dank aan alle vrijwilligers van afgelopen weekend! | ETALAGE | - | 0");
        assertThat(titled(result, "Dank aan alle vrijwilligers van afgelopen weekend!").themes()).isEmpty();
    }

    @Test
    void requestsAndOffersGoToTheNoticeBoardDatedOrNot() throws Exception {
        ParseResult result = parse("buurtapp-prikbord.xml");

        assertThat(summaries(result)).containsExactly(
                "Gezocht: oppas voor woensdagmiddag | PRIKBORD | - | 0",
                "Aangeboden: kinderfiets 20 inch | PRIKBORD | - | 0",
                "Wie helpt mij zaterdag 14 maart met verhuizen? | PRIKBORD | 2026-03-14T00:00/2026-03-15T00:00 | 1",
                "Stekjes ruilen | PRIKBORD | 2026-04-04T10:00/2026-04-04T12:00 | 3",
                // "Vrijwilligers gezocht" in the text of an event does not make it a request
                "Buurtbarbecue | AGENDA | 2026-06-13T17:00 | 1");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void municipalityNewsKeepsDeadlinesAndPublicationDatesOutOfTheAgenda() throws Exception {
        ParseResult result = parse("gemeente-nieuws.xml");

        assertThat(summaries(result)).containsExactly(
                "Informatieavond herinrichting Voorstraat | AGENDA | 2026-03-24T19:30/2026-03-24T21:00 | 1",
                "Subsidie voor Burendag aanvragen | ETALAGE | - | 0",
                "Wijkagent houdt spreekuur in De Kern | AGENDA | 2026-04-07T14:00/2026-04-07T15:00 | 3",
                "Afvalkalender 2026 online | ETALAGE | - | 0");
    }

    @Test
    void cdataHtmlTablesAndLineBreaksKeepDateAndTimeApartButReadable() throws Exception {
        ParseResult result = parse("cdata-html.xml");

        assertThat(summaries(result)).containsExactly(
                "Digi-café: hulp bij je smartphone | AGENDA | 2026-03-28T10:00/2026-03-28T12:00 | 1",
                "Voorlezen voor peuters & kleuters | AGENDA | 2026-03-18T10:30 | 1");
        assertThat(titled(result, "Digi-café: hulp bij je smartphone").description().html()).doesNotContain("script");
    }

    @Test
    void mediaContentImagesAndThumbnailsAreKept() throws Exception {
        ParseResult result = parse("media-content.xml");

        assertThat(summaries(result)).containsExactly(
                "Senioren-fietstocht | AGENDA | 2026-04-17T10:00 | 1",
                "Geheugentraining | AGENDA | 2026-03-16T09:00/2026-03-16T12:00 | 13");
        assertThat(titled(result, "Senioren-fietstocht").image())
                .isEqualTo(URI.create("https://cdn.welzijnkatwijk.nl/img/fietstocht.jpg"));
        assertThat(titled(result, "Geheugentraining").image())
                .isEqualTo(URI.create("https://www.example.nl/img/geheugen-thumb.jpg"));
    }

    @Test
    void utf8BytesDeclaredAsLatin1AreReadAsUtf8WithAWarning() throws Exception {
        ParseResult result = parse("verkeerde-charset.xml");

        assertThat(summaries(result)).containsExactly("Café voor ouders | AGENDA | 2026-03-20T08:30/2026-03-20T09:30 | 1");
        assertThat(messages(result)).containsExactly("the feed says it is ISO-8859-1 but is UTF-8: it was read as UTF-8");
    }

    @Test
    void windows1252BytesDeclaredAsUtf8AreReadAsWindows1252WithAWarning() throws Exception {
        ParseResult result = parse("utf8-dat-geen-utf8-is.xml");

        assertThat(summaries(result)).containsExactly("Première „De vrek” | AGENDA | 2026-04-25T20:00 | 1");
        assertThat(titled(result, "Première „De vrek”").description().text()).contains("€ 12,50");
        assertThat(messages(result)).containsExactly("the feed says it is UTF-8 but is not: it was read as Windows-1252");
    }

    @Test
    void rss091ItemsWithoutDatesOrGuidsAreRead() throws Exception {
        ParseResult result = parse("rss091-schaakclub.xml");

        assertThat(summaries(result)).containsExactly(
                "Clubavond | AGENDA | 2026-03-12T19:45 | 13",
                // "Inschrijven kan tot 1 juni" is a deadline; the title's day has no time of its own
                "Rapidtoernooi 6 juni | AGENDA | 2026-06-06T00:00/2026-06-07T00:00 | 1");
        assertThat(titled(result, "Clubavond").sourceItemId()).isEqualTo("http://www.schaakclubkatwijk.nl/clubavond.html");
    }

    @Test
    void rss10RdfItemsWithNumericDatesAndWorkdayRulesAreRead() throws Exception {
        ParseResult result = parse("rss10-wijkkrant.rdf");

        assertThat(summaries(result)).containsExactly(
                "Koningsdag in Oost | AGENDA | 2026-04-27T09:00/2026-04-27T15:00 | 1",
                "Buurtmoestuin zoekt tuinders | PRIKBORD | 2026-03-10T09:00/2026-03-10T12:00 | 65");
    }

    @Test
    void unclosedTagMidItemIsRepairedAndEveryItemKept() throws Exception {
        ParseResult result = parse("kapot-open-tag.xml");

        assertThat(summaries(result)).containsExactly(
                "Voorjaarsconcert | AGENDA | 2026-03-28T20:00 | 1",
                "Open repetitie | AGENDA | 2026-03-16T19:00/2026-03-16T22:00 | 13");
        assertThat(messages(result)).singleElement().asString()
                .startsWith("the feed is not well-formed XML (")
                .contains("\"b\" must be terminated")
                .endsWith("): it was repaired, check its items");
    }

    @Test
    void itemsWithoutTitleAreSkippedWithAWarningEach() throws Exception {
        ParseResult result = parse("item-zonder-titel.xml");

        assertThat(summaries(result)).containsExactly("Paasontbijt | AGENDA | 2026-04-05T08:30/2026-04-05T10:00 | 1");
        assertThat(result.warnings()).containsExactly(
                new Warning("ark-501", "item \"ark-501\" has no title: skipped"),
                new Warning("ark-502", "item \"ark-502\" has no title: skipped"));
    }

    @Test
    void publicDoctypeIsIgnoredWithAWarning() throws Exception {
        ParseResult result = parse("rss-met-doctype.xml");

        assertThat(summaries(result)).containsExactly("Diplomazwemmen | AGENDA | 2026-04-18T09:00 | 1");
        assertThat(messages(result)).containsExactly("the feed declares a DOCTYPE: it was ignored");
    }

    @Test
    void emptyChannelGivesNoActivitiesAndSaysSo() throws Exception {
        ParseResult result = parse("leeg-kanaal.xml");

        assertThat(result.activities()).isEmpty();
        assertThat(messages(result)).containsExactly("the feed has no items");
    }

    @Test
    void recurringPhrasesBecomeRecurrencesWithinTheHorizon() throws Exception {
        ParseResult result = parse("wp-terugkerend.xml");

        assertThat(summaries(result)).containsExactly(
                "Koffieochtend | AGENDA | 2026-03-10T10:00/2026-03-10T11:30 | 13",
                "Peuterinloop | AGENDA | 2026-03-13T09:00/2026-03-13T12:00 | 13",
                "Jeugdsoos | AGENDA | 2026-03-13T19:00/2026-03-13T22:00 | 7",
                "Breiclub | ETALAGE | - | 0",
                "Schaken voor senioren | AGENDA | 2026-03-11T13:30/2026-03-11T16:30 | 12",
                "Open inloop | AGENDA | 2026-03-10T09:00/2026-03-10T17:00 | 91");
        assertThat(result.warnings()).containsExactly(
                new Warning("https://www.hetbaken-katwijk.nl/?p=102", "item \"https://www.hetbaken-katwijk.nl/?p=102\": "
                        + "the exception \"behalve in de schoolvakanties\" is not applied: the dates include it"),
                new Warning("https://www.hetbaken-katwijk.nl/?p=104", "item \"https://www.hetbaken-katwijk.nl/?p=104\": "
                        + "\"Elke twee weken\" says how often but not on which day: no dates could be made"));
        assertThat(titled(result, "Schaken voor senioren").schedule().occurrences().getLast().start().toLocalDate())
                .hasToString("2026-05-27");
    }

    @Test
    void relativeDaysCountFromTheEntrysPublicationAndTitleDaysTakeTimesFromTheText() throws Exception {
        ParseResult result = parse("atom-bibliotheek-relatief.xml");

        assertThat(summaries(result)).containsExactly(
                "Lammetjesdag aanstaande zaterdag | AGENDA | 2026-03-14T11:00/2026-03-14T15:00 | 1",
                "Geiten voeren | AGENDA | 2026-03-07T14:00 | 1",
                "Vrijwilliger gezocht voor de zondagdienst | PRIKBORD | 2026-03-15T00:00/2026-03-16T00:00 | 13");
    }

    @Test
    void aDailyRuleOverAYearIsCappedWithAWarning() throws Exception {
        var yearAhead = nl.bijeen.connectors.Fixtures.settings(nl.bijeen.connectors.Fixtures.AMSTERDAM,
                java.time.Duration.ofDays(365), nl.bijeen.connectors.Fixtures.NOW);
        ParseResult result = connector.parse(document("feed/wp-terugkerend.xml", "https://www.example.nl/feed/", null),
                yearAhead);

        assertThat(titled(result, "Open inloop").schedule().occurrences()).hasSize(FeedSchedule.MAX_OCCURRENCES);
        assertThat(result.warnings()).contains(new Warning("https://www.hetbaken-katwijk.nl/?p=91",
                "item \"https://www.hetbaken-katwijk.nl/?p=91\" repeats more than 200 times within the horizon: "
                        + "only the first 200 are kept"));
    }
}
