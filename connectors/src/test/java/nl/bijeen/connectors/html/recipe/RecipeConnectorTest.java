package nl.bijeen.connectors.html.recipe;

import static nl.bijeen.connectors.Fixtures.AMSTERDAM;
import static nl.bijeen.connectors.Fixtures.NOW;
import static nl.bijeen.connectors.Fixtures.amsterdam;
import static nl.bijeen.connectors.Fixtures.titled;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.model.Organiser;
import nl.bijeen.connectors.model.ParseResult;
import nl.bijeen.connectors.model.Place;
import nl.bijeen.connectors.model.Warning;
import nl.bijeen.connectors.spi.ConnectorException;
import nl.bijeen.connectors.spi.PageLoader;
import nl.bijeen.connectors.spi.SourceSettings;

/** The shipped recipes (config/recipes) on fixture pages served over a loopback HTTP server. */
class RecipeConnectorTest {

    static final Path SHIPPED = Path.of("..", "config", "recipes");

    private FixtureSite site;
    private final RecipeConnector connector = new RecipeConnector(new RecipeBook(SHIPPED));

    @BeforeEach
    void start() throws IOException {
        site = new FixtureSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    static SourceSettings settings(String recipe, PageLoader pages) {
        return new SourceSettings("test-bron", "recipe", AMSTERDAM, Duration.ofDays(90), NOW, recipe, pages);
    }

    private ParseResult read(String recipe, String page) throws IOException, ConnectorException {
        return connector.parse(site.document(page), settings(recipe, site.loader()));
    }

    private static Occurrence at(int month, int day, int hour, int minute, Integer endHour, Integer endMinute) {
        return new Occurrence(amsterdam(2026, month, day, hour, minute),
                endHour == null ? null : amsterdam(2026, month, day, endHour, endMinute), false);
    }

    @Test
    void buurthuisAgendaIsReadAcrossItsThreePages() throws Exception {
        ParseResult result = read("demo-buurthuis", "buurthuis/agenda.html");

        assertThat(result.activities()).extracting(ActivityDraft::title).containsExactly(
                "Koffieochtend", "Repair Café", "Bingo-avond", "Paasbrunch", "Wijkschouw met de wijkagent");
        assertThat(result.warnings()).isEmpty();
        assertThat(site.loaded()).containsExactly(site.url("buurthuis/agenda.html"),
                site.url("buurthuis/agenda-2.html"), site.url("buurthuis/agenda-3.html"));
    }

    @Test
    void buurthuisItemCarriesEveryFieldTheRecipeNames() throws Exception {
        ActivityDraft koffie = titled(read("demo-buurthuis", "buurthuis/agenda.html"), "Koffieochtend");

        URI link = site.url("buurthuis/activiteiten/koffieochtend.html");
        assertThat(koffie.sourceId()).isEqualTo("test-bron");
        assertThat(koffie.sourceItemId()).isEqualTo(link.toString());
        assertThat(koffie.link()).isEqualTo(link);
        assertThat(koffie.place()).isEqualTo(new Place("Buurthuis De Kern", "Voorstraat 12, 2225 ER Katwijk", null, null));
        assertThat(koffie.organiser()).isEqualTo(new Organiser("Buurthuis De Kern", null, null));
        assertThat(koffie.cost()).isEqualTo("€ 1,50");
        assertThat(koffie.audiences()).containsExactly("senioren", "buurtbewoners");
        assertThat(koffie.image()).isEqualTo(site.url("buurthuis/img/koffie.jpg"));
        assertThat(koffie.description().text()).isEqualTo(
                "Gezellig een kopje koffie of thee drinken met buurtgenoten.\n\nVragen? Neem contact op.");
        assertThat(koffie.description().html()).isEqualTo("<p>Gezellig een kopje koffie of thee drinken met buurtgenoten.</p>"
                + "\n        <p>Vragen? <a href=\"" + site.url("buurthuis/contact.html") + "\" rel=\"nofollow noopener\">Neem contact op</a>.</p>");
        assertThat(koffie.kind()).isEqualTo(ActivityDraft.Kind.AGENDA);
    }

    @Test
    void weeklyEntriesWithTheSameLinkAndTitleBecomeOneActivityWithSeveralDates() throws Exception {
        ActivityDraft koffie = titled(read("demo-buurthuis", "buurthuis/agenda.html"), "Koffieochtend");

        assertThat(koffie.schedule().occurrences()).containsExactly(at(3, 17, 10, 0, 12, 0), at(3, 24, 10, 0, 12, 0),
                new Occurrence(amsterdam(2026, 3, 31, 10, 0), amsterdam(2026, 3, 31, 12, 0), true));
        assertThat(koffie.schedule().allDay()).isFalse();
        assertThat(koffie.status()).isEqualTo(ActivityDraft.Status.SCHEDULED);
    }

    @Test
    void entryMarkedGeannuleerdIsACancelledDateOfItsSeries() throws Exception {
        ParseResult result = read("demo-buurthuis", "buurthuis/agenda-2.html");

        ActivityDraft koffie = titled(result, "Koffieochtend");
        assertThat(koffie.status()).isEqualTo(ActivityDraft.Status.CANCELLED);
        assertThat(koffie.schedule().occurrences()).containsExactly(
                new Occurrence(amsterdam(2026, 3, 31, 10, 0), amsterdam(2026, 3, 31, 12, 0), true));
        assertThat(koffie.description().text())
                .isEqualTo("Vanwege de schoonmaak van de zaal is er deze week geen koffieochtend.");
    }

    @Test
    void dutchDatePhrasesAreReadWithAndWithoutYearAndInNumbers() throws Exception {
        ParseResult result = read("demo-buurthuis", "buurthuis/agenda.html");

        assertThat(titled(result, "Repair Café").schedule().occurrences()).containsExactly(at(3, 21, 13, 0, 16, 0));
        assertThat(titled(result, "Bingo-avond").schedule().occurrences()).containsExactly(at(3, 27, 19, 30, null, null));
        assertThat(titled(result, "Paasbrunch").schedule().occurrences()).containsExactly(at(4, 5, 11, 0, null, null));
        assertThat(titled(result, "Paasbrunch").place()).isEqualTo(new Place(null, "Voorstraat 12, 2225 ER Katwijk", null, null));
        assertThat(titled(result, "Wijkschouw met de wijkagent").schedule().occurrences())
                .containsExactly(at(4, 15, 19, 0, 21, 0));
    }

    @Test
    void plainTextDescriptionKeepsItsLineBreaks() throws Exception {
        ActivityDraft repair = titled(read("demo-buurthuis", "buurthuis/agenda.html"), "Repair Café");

        assertThat(repair.description().text()).isEqualTo(
                "Neem je kapotte broodrooster, fiets of trui mee.\nOnze vrijwilligers helpen je met repareren.");
        assertThat(repair.cost()).isEqualTo("Gratis");
        assertThat(repair.audiences()).isEmpty();
        assertThat(repair.image()).isNull();
    }

    @Test
    void libraryRowsAreCompletedFromTheirDetailPages() throws Exception {
        ParseResult result = read("demo-bibliotheek", "bibliotheek/agenda.html");

        ActivityDraft voorlezen = titled(result, "Voorleesochtend");
        assertThat(voorlezen.schedule().occurrences()).containsExactly(at(3, 14, 10, 30, 11, 30), at(3, 21, 10, 30, 11, 30));
        assertThat(voorlezen.place()).isEqualTo(new Place("Bibliotheek Katwijk", "Tramstraat 4, 2225 CV Katwijk", null, null));
        assertThat(voorlezen.cost()).isEqualTo("Gratis");
        assertThat(voorlezen.audiences()).containsExactly("peuters", "kleuters");
        assertThat(voorlezen.themes()).containsExactly("voorlezen");
        assertThat(voorlezen.image()).isEqualTo(site.url("bibliotheek/img/voorlezen.jpg"));
        assertThat(voorlezen.description().text()).isEqualTo(
                "Voorlezen voor peuters en kleuters, met een knutselwerkje na afloop.\n\nOuders en grootouders zijn welkom.");
        assertThat(voorlezen.organiser()).isEqualTo(new Organiser("Bibliotheek Katwijk", null, null));

        ActivityDraft lezing = titled(result, "Lezing: Katwijk in de oorlog");
        assertThat(lezing.schedule().occurrences()).containsExactly(at(3, 19, 20, 0, 21, 30));
        assertThat(lezing.cost()).isEqualTo("€ 7,50 (leden € 5,-)");
        assertThat(lezing.themes()).containsExactly("lezing", "geschiedenis");
        assertThat(lezing.place()).isEqualTo(new Place("Bibliotheek Rijnsburg", "Vliet Noordzijde 1, 2231 GS Rijnsburg", null, null));
    }

    @Test
    void missingDetailPageCostsAWarningAndTheRowKeepsWhatTheListGave() throws Exception {
        ParseResult result = read("demo-bibliotheek", "bibliotheek/agenda.html");

        ActivityDraft markt = titled(result, "Boekenmarkt");
        assertThat(markt.schedule().allDay()).isTrue();
        assertThat(markt.schedule().occurrences()).containsExactly(
                new Occurrence(amsterdam(2026, 3, 25, 0, 0), amsterdam(2026, 3, 26, 0, 0), false));
        assertThat(markt.place()).isEqualTo(new Place("Bibliotheek Katwijk", null, null, null));
        assertThat(markt.description().text()).isEmpty();
        assertThat(result.warnings()).contains(new Warning(site.url("bibliotheek/agenda/boekenmarkt.html").toString(),
                "detail page could not be loaded (HTTP 404): kept what the list page gave"));
    }

    @Test
    void rowWithoutReadableDateIsSkippedWithAWarning() throws Exception {
        ParseResult result = read("demo-bibliotheek", "bibliotheek/agenda.html");

        assertThat(result.activities()).extracting(ActivityDraft::title)
                .containsExactly("Voorleesochtend", "Lezing: Katwijk in de oorlog", "Boekenmarkt");
        assertThat(result.warnings()).containsExactly(
                new Warning(site.url("bibliotheek/agenda/boekenmarkt.html").toString(),
                        "detail page could not be loaded (HTTP 404): kept what the list page gave"),
                new Warning("item 5", "'Schrijfworkshop': no date found: skipped"));
    }

    @Test
    void detailPageSharedByASeriesIsLoadedOnce() throws Exception {
        read("demo-bibliotheek", "bibliotheek/agenda.html");

        assertThat(site.loaded()).containsExactly(site.url("bibliotheek/agenda.html"),
                site.url("bibliotheek/agenda/voorleesochtend.html"), site.url("bibliotheek/agenda/lezing-oorlog.html"),
                site.url("bibliotheek/agenda/boekenmarkt.html"));
    }

    @Test
    void paginationStopsWhenAPageRepeatsThePreviousOne() throws Exception {
        ParseResult result = read("sportclub-kvv", "sportclub/nieuws/");

        assertThat(result.activities()).extracting(ActivityDraft::title).containsExactly("Open training voor meiden",
                "Walking football", "Clubkampioenschap penaltyschieten", "Jeugdkamp Pinksteren");
        assertThat(result.warnings()).isEmpty();
        assertThat(site.loaded()).endsWith(site.url("sportclub/nieuws/page/2/"), site.url("sportclub/nieuws/page/3/"));
    }

    @Test
    void machineReadableDatesComeFromTheDatetimeAttribute() throws Exception {
        ParseResult result = read("sportclub-kvv", "sportclub/nieuws/");

        ActivityDraft training = titled(result, "Open training voor meiden");
        assertThat(training.schedule().occurrences()).containsExactly(at(3, 18, 18, 30, null, null));
        assertThat(training.themes()).containsExactly("jeugd", "meiden");
        assertThat(training.image()).isEqualTo(site.url("sportclub/wp-content/uploads/2026/03/training.jpg"));
        assertThat(training.place()).isEqualTo(new Place("Sportpark Cleijn Hoek", "Sportlaan 8, 2224 AB Katwijk", null, null));
        ActivityDraft penalty = titled(result, "Clubkampioenschap penaltyschieten");
        assertThat(penalty.schedule().allDay()).isTrue();
        assertThat(penalty.schedule().occurrences()).containsExactly(
                new Occurrence(amsterdam(2026, 3, 28, 0, 0), amsterdam(2026, 3, 29, 0, 0), false));
    }

    @Test
    void undatedCardsBecomeOngoingOffersWhenTheRecipeSaysSo() throws Exception {
        ActivityDraft walking = titled(read("sportclub-kvv", "sportclub/nieuws/"), "Walking football");

        assertThat(walking.schedule().hasFixedDate()).isFalse();
        assertThat(walking.kind()).isEqualTo(ActivityDraft.Kind.ETALAGE);
        assertThat(walking.sourceItemId()).isEqualTo(site.url("sportclub/nieuws/walking-football/").toString());
    }

    @Test
    void brokenPageKeepsWhatItCanReadAndSaysWhatItCouldNot() throws Exception {
        ParseResult result = connector.parse(site.document("buurthuis/kapot.html"),
                settings("demo-buurthuis", PageLoader.NONE));

        assertThat(result.activities()).extracting(ActivityDraft::title).containsExactly("Buurtlunch");
        assertThat(result.activities().getFirst().schedule().occurrences()).containsExactly(at(3, 19, 12, 0, null, null));
        assertThat(result.activities().getFirst().place()).isEqualTo(new Place("Buurthuis De Kern", null, null, null));
        String next = site.url("buurthuis/agenda-2.html").toString();
        assertThat(result.warnings()).containsExactly(
                new Warning(next, "next list page could not be loaded (loading further pages is not available here ("
                        + next + ")): later pages are not read"),
                new Warning("item 1", "item without a title (selector 'h3' found nothing): skipped"),
                new Warning("item 2", "'Stoelyoga': date 'datum volgt' not understood: skipped"));
    }

    @Test
    void writtenOutDutchDatesAreReadWithJavaTimePatternsAndSeparateTimes() throws Exception {
        ParseResult result = read("dorpskerk", "dorpskerk/agenda.php");

        assertThat(result.warnings()).isEmpty();
        ActivityDraft dienst = titled(result, "Kerkdienst met doop");
        assertThat(dienst.schedule().occurrences()).containsExactly(at(3, 15, 10, 0, 11, 30));
        assertThat(dienst.sourceItemId()).isEqualTo(site.url("dorpskerk/agenda.php?id=231").toString());
        assertThat(dienst.description().text()).isEqualTo("Voorganger: ds. A. Jansen\nNa afloop koffie in de consistorie.");
        assertThat(dienst.place()).isEqualTo(new Place("Dorpskerk", "Voorstraat 1, 2225 ER Katwijk", null, null));
        assertThat(dienst.organiser()).isEqualTo(new Organiser("Protestantse Gemeente Katwijk", null, null));
    }

    @Test
    void weekdayThatDoesNotFitTheDateFallsBackToTheDutchReader() throws Exception {
        ActivityDraft avond = titled(read("dorpskerk", "dorpskerk/agenda.php"), "Gespreksavond: geloven in de buurt");

        assertThat(avond.schedule().occurrences()).containsExactly(at(3, 18, 19, 30, 21, 0));
    }

    @Test
    void itemWithoutLinkGetsAKeyFromTitleAndDateAndPageWithoutCharsetHeaderUsesItsMetaTag() throws Exception {
        ActivityDraft markt = titled(read("dorpskerk", "dorpskerk/agenda.php"), "Rommelmarkt voor het zendingswerk");

        assertThat(markt.sourceItemId()).isEqualTo(
                nl.bijeen.connectors.text.StableIds.fromContent("Rommelmarkt voor het zendingswerk", "zaterdag 21 maart 2026"));
        assertThat(markt.link()).isNull();
        assertThat(markt.schedule().allDay()).isTrue();
        assertThat(markt.schedule().occurrences()).containsExactly(
                new Occurrence(amsterdam(2026, 3, 21, 0, 0), amsterdam(2026, 3, 22, 0, 0), false));
        assertThat(markt.description().text()).isEqualTo(
                "Spullen brengen kan vrijdagavond. De opbrengst gaat naar het café voor vluchtelingen.");
    }
}
