package nl.bijeen.connectors.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.bijeen.connectors.Fixtures;
import nl.bijeen.connectors.model.Warning;
import nl.bijeen.connectors.spi.Connectors;
import nl.bijeen.connectors.spi.Document;
import nl.bijeen.connectors.spi.SourceSettings;

/**
 * Autodiscovery against fixture sites served by a real loopback HTTP server. Each candidate is written as one
 * line — format, activities/dated upcoming, how it was found, URL, «title», and the error if any — so every
 * assertion states the exact ranked outcome. "Now" is Tuesday 10 March 2026, 11:00 in Katwijk.
 */
class AutodiscoveryTest {

    private static LoopbackSite site;

    @BeforeAll
    static void startSite() {
        site = new LoopbackSite();
    }

    @AfterAll
    static void stopSite() {
        site.close();
    }

    @Test
    void wordPressHomeOffersEventsCalendarIcalBeforeItsRssFeedAndSkipsTheCommentsFeed() throws IOException {
        Discovery discovery = discover("https://www.dekern-katwijk.nl/");

        // Both yield 4; the calendar has 3 dated upcoming (one market is past), the feed 2 (two news posts).
        assertThat(lines(discovery)).containsExactly(
                "ical 4/3 LINK_ALTERNATE https://www.dekern-katwijk.nl/evenementen/?ical=1 «Buurthuis De Kern » iCal Feed»",
                "feed 4/2 LINK_ALTERNATE https://www.dekern-katwijk.nl/feed/ «Buurthuis De Kern » feed»");
        assertThat(discovery.warnings()).containsExactly(
                "Reactiefeed overgeslagen (reacties zijn geen activiteiten): https://www.dekern-katwijk.nl/comments/feed/");
        assertThat(discovery.best().orElseThrow().url())
                .isEqualTo(URI.create("https://www.dekern-katwijk.nl/evenementen/?ical=1"));
    }

    @Test
    void aCandidateNamesThePublisherItsConnectorRead() throws IOException {
        Discovery discovery = discover("https://www.dekern-katwijk.nl/");

        // The calendar names itself only by X-WR-CALNAME (no organisation); the RSS channel names Buurthuis De Kern.
        assertThat(discovery.candidates()).extracting(Candidate::format, c -> c.publisher() == null ? null
                : c.publisher().name()).containsExactly(org.assertj.core.groups.Tuple.tuple("ical", null),
                org.assertj.core.groups.Tuple.tuple("feed", "Buurthuis De Kern"));
    }

    @Test
    void googleCalendarEmbedBecomesItsPublicIcalAddressAndAPrivateOneExplainsWhy() throws IOException {
        Discovery discovery = discover("https://www.wijkrijnsoever.nl/agenda/");

        // The embed names the calendar in base64 next to Google's Dutch holidays (left out); the "Zet in uw agenda"
        // link is the same calendar. 4 activities (the walking club's moved dates are one series); the market
        // is cancelled, so 3 upcoming. The sports calendar is not public: Google answers 404.
        assertThat(lines(discovery)).containsExactly(
                "ical 4/3 GOOGLE_CALENDAR https://calendar.google.com/calendar/ical/wijkrijnsoever%40gmail.com/public/basic.ics «Wijkagenda»",
                "ical 0/0 GOOGLE_CALENDAR https://calendar.google.com/calendar/ical/sport.rijnsoever%40gmail.com/public/basic.ics «null»"
                        + " FOUT: Dit adres kon niet worden geladen: de server antwoordde 404 (niet gevonden)");
        assertThat(discovery.warnings()).isEmpty();
    }

    @Test
    void icsWebcalAndOutlookLinksAreRankedByWhatTheyYield() throws IOException {
        Discovery discovery = discover("https://www.svkatwijk.nl/kalender/");

        assertThat(lines(discovery)).containsExactly(
                "ical 5/3 ICS_LINK https://www.svkatwijk.nl/kalender/wedstrijden.ics «wedstrijdkalender (iCal)»",
                "ical 2/2 OUTLOOK_CALENDAR https://outlook.office365.com/owa/calendar/4f1c2b7e@svkatwijk.nl/9a8b7c6d5e4f/calendar.ics «kantinediensten»",
                "ical 1/1 WEBCAL_LINK https://www.svkatwijk.nl/kalender/training.ics «abonneren op de trainingstijden»",
                "ical 0/0 ICS_LINK https://www.svkatwijk.nl/kalender/archief-2024.ics «archief 2024» FOUT: Hier staat een"
                        + " gewone webpagina in plaats van een agenda (iCal); misschien is die niet (meer) openbaar.");
    }

    @Test
    void pageWithJsonLdEventsIsItsOwnCandidateWithoutLoadingAnything() throws IOException {
        Document page = site.load(URI.create("https://www.bibliotheekkatwijk.nl/activiteiten/"));
        int loadsBefore = site.requested().size();

        Discovery discovery = new Autodiscovery().discover(page, settings());

        assertThat(lines(discovery)).containsExactly(
                "jsonld 3/2 JSON_LD_ON_PAGE https://www.bibliotheekkatwijk.nl/activiteiten/ «Activiteiten in Bibliotheek Katwijk»");
        assertThat(site.requested()).hasSize(loadsBefore);
    }

    @Test
    void agendaPageWithEventsAndAFeedRanksTheFeedThatYieldsMore() throws IOException {
        Discovery discovery = discover("https://www.dekern-katwijk.nl/agenda/");

        assertThat(lines(discovery)).containsExactly(
                "feed 7/6 LINK_ALTERNATE https://www.dekern-katwijk.nl/agenda/feed/ «Buurthuis De Kern » Agenda»",
                "jsonld 6/5 JSON_LD_ON_PAGE https://www.dekern-katwijk.nl/agenda/ «Agenda - Buurthuis De Kern»");
    }

    @Test
    void atomFeedIsFoundAndCommentFeedsAreSkippedOrRankedLast() throws IOException {
        Discovery discovery = discover("https://www.wijkverenigingoost.nl/");

        // Two entries name a date in their text ("donderdag 26 maart", "zaterdag 14 maart"); the third is news.
        // The comments feed announced as "Reacties op …" is never loaded; the one behind a neutral link ("volg de
        // discussie") is recognised by its own title and ranked last with the reason.
        assertThat(lines(discovery)).containsExactly(
                "feed 3/2 LINK_ALTERNATE https://www.wijkverenigingoost.nl/nieuws/atom.xml «Wijkvereniging Oost»",
                "feed 0/0 FEED_LINK https://www.wijkverenigingoost.nl/discussie/feed/ «volg de discussie» FOUT: Dit is"
                        + " een reactiefeed (\"Reacties op Wijkvereniging Oost\"): reacties van bezoekers zijn geen"
                        + " activiteiten.");
        assertThat(discovery.warnings()).containsExactly(
                "Reactiefeed overgeslagen (reacties zijn geen activiteiten): https://www.wijkverenigingoost.nl/reacties/atom.xml");
        assertThat(site.requested()).doesNotContain(URI.create("https://www.wijkverenigingoost.nl/reacties/atom.xml"));
    }

    @Test
    void pageWithNothingTriesTheCommonAddressesAndSaysNothingWasFound() throws IOException {
        Discovery discovery = discover("https://www.kapsalon-knip.nl/");

        assertThat(discovery.candidates()).isEmpty();
        assertThat(discovery.best()).isEmpty();
        assertThat(discovery.warnings()).containsExactly("Op deze pagina staat geen agenda, feed of activiteit die"
                + " Bijeen kan volgen; ook op de gebruikelijke adressen (/feed/, /agenda/feed/, /events/?ical=1,"
                + " /agenda.ics) is niets gevonden.");
        assertThat(site.requested()).containsSubsequence(
                URI.create("https://www.kapsalon-knip.nl/feed/"),
                URI.create("https://www.kapsalon-knip.nl/agenda/feed/"),
                URI.create("https://www.kapsalon-knip.nl/events/?ical=1"),
                URI.create("https://www.kapsalon-knip.nl/agenda.ics"));
    }

    @Test
    void commonAddressThatAnswersBecomesTheCandidateAndFailedGuessesAreLeftOut() throws IOException {
        Discovery discovery = discover("https://www.speeltuin-zonnebloem.nl/");

        assertThat(lines(discovery)).containsExactly(
                "feed 2/2 COMMON_PATH https://www.speeltuin-zonnebloem.nl/agenda/feed/ «Agenda – Speeltuin De Zonnebloem»");
        assertThat(discovery.warnings()).isEmpty();
    }

    @Test
    void pastedFeedIsItselfTheFirstCandidate() throws IOException {
        Discovery discovery = discover("https://www.dekern-katwijk.nl/agenda/feed/");

        assertThat(lines(discovery)).containsExactly(
                "feed 7/6 PASTED_URL https://www.dekern-katwijk.nl/agenda/feed/ «Agenda – Buurthuis De Kern»");
    }

    @Test
    void relativeAndDuplicateLinksBecomeOneCandidateEachAndIcalWinsATie() throws IOException {
        Discovery discovery = discover("https://www.buurtcentrum-noord.nl/activiteiten/overzicht.html");

        // agenda.ics is linked four ways (relative, ../ with utm_ parameters, upper-case host with a fragment,
        // webcal:) and the news feed twice (with and without slash and fbclid): each is loaded once. Both yield
        // 2 dated upcoming activities; the calendar ranks first.
        assertThat(lines(discovery)).containsExactly(
                "ical 2/2 ICS_LINK https://www.buurtcentrum-noord.nl/activiteiten/agenda.ics «agenda»",
                "feed 2/2 LINK_ALTERNATE https://www.buurtcentrum-noord.nl/nieuws/feed «Nieuws van Buurtcentrum Noord»");
        assertThat(site.requested().stream().filter(u -> u.getHost().equals("www.buurtcentrum-noord.nl"))
                .map(URI::getPath).toList())
                .containsOnlyOnce("/activiteiten/agenda.ics", "/nieuws/feed");
    }

    @Test
    void wordPressPageWithTheEventsCalendarButNoLinksGetsItsKnownAddressesTried() throws IOException {
        Discovery discovery = discover("https://www.wijkcentrum-deschelp.nl/evenementen/");

        assertThat(lines(discovery)).containsExactly(
                "ical 1/1 EVENTS_CALENDAR https://www.wijkcentrum-deschelp.nl/events/?ical=1 «Wijkcentrum De Schelp»",
                "feed 1/0 WORDPRESS https://www.wijkcentrum-deschelp.nl/feed/ «Wijkcentrum De Schelp»");
    }

    @Test
    void triesNoMoreCandidatesThanAllowedAndNamesTheRest() throws IOException {
        Document page = site.load(URI.create("https://www.dekern-katwijk.nl/"));

        Discovery discovery = new Autodiscovery(Connectors.standard(), 1).discover(page, settings());

        assertThat(lines(discovery)).containsExactly(
                "feed 4/2 LINK_ALTERNATE https://www.dekern-katwijk.nl/feed/ «Buurthuis De Kern » feed»");
        assertThat(discovery.warnings()).containsExactly(
                "Reactiefeed overgeslagen (reacties zijn geen activiteiten): https://www.dekern-katwijk.nl/comments/feed/",
                "1 mogelijke bron niet geprobeerd (hooguit 1 per zoektocht): https://www.dekern-katwijk.nl/evenementen/?ical=1");
    }

    @Test
    void pastedBrokenFeedIsACandidateWithWarningsNotAnException() {
        // A feed cut off halfway, as a timed-out transfer or a PHP error in the middle leaves it.
        Document broken = new Document(URI.create("https://www.dekern-katwijk.nl/kapot/feed/"), "application/rss+xml",
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>De Kern</title><item><title>Kinderd"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        Discovery discovery = new Autodiscovery().discover(broken, settings());

        // The feed reader repairs what it can and skips the item the transfer cut off, saying so.
        assertThat(lines(discovery)).containsExactly("feed 0/0 PASTED_URL https://www.dekern-katwijk.nl/kapot/feed/"
                + " «De Kern»");
        assertThat(discovery.candidates().getFirst().warnings()).extracting(Warning::message)
                .contains("the feed stops in the middle of its last item: that item was skipped");
        assertThat(discovery.best()).isEmpty();
    }

    @Test
    void pastedAddressThatIsNoPageAtAllSaysSo() {
        Document image = new Document(URI.create("https://www.dekern-katwijk.nl/logo.png"), "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        Discovery discovery = new Autodiscovery().discover(image, settings());

        assertThat(discovery.candidates()).isEmpty();
        assertThat(discovery.warnings())
                .containsExactly("Op dit adres staat geen webpagina, agenda of feed die Bijeen kan lezen.");
    }

    private static Discovery discover(String url) throws IOException {
        return new Autodiscovery().discover(site.load(URI.create(url)), settings());
    }

    private static SourceSettings settings() {
        return new SourceSettings("nieuwe-bron", "auto", Fixtures.AMSTERDAM, Duration.ofDays(90), Fixtures.NOW, null,
                site);
    }

    private static List<String> lines(Discovery discovery) {
        return discovery.candidates().stream().map(c -> c.format() + " " + c.activities() + "/" + c.upcoming() + " "
                + c.via() + " " + c.url() + " «" + c.title() + "»" + (c.usable() ? "" : " FOUT: " + c.error()))
                .toList();
    }
}
