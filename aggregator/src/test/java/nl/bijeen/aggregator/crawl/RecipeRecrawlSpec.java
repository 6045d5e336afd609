package nl.bijeen.aggregator.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.AggregatorSettings;
import nl.bijeen.aggregator.source.SourceDefinition;
import nl.bijeen.aggregator.support.FixtureServer;

/**
 * Re-crawling a source read with a recipe (a list page and a detail page per activity, the shipped demo-bibliotheek
 * recipe) with conditional GET: unchanged only when the list page AND every detail page answer 304, and the
 * validators of those pages are kept only with the items of the crawl that read them.
 */
abstract class RecipeRecrawlSpec extends CrawlSpec {

    private static final Path RECIPES = Path.of(System.getProperty("bijeen.config.dir", "../config"), "recipes");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

    @Test
    void aRecipeSourceWhosePagesAreAllUnchangedIsNotParsedAgain() {
        SourceDefinition library = library("bieb-unchanged", 2);
        start(library);
        assertThat(aggregator.crawlNow(library.id()).success()).isTrue();
        long seq = aggregator.store().lastSeq();

        CrawlOutcome again = aggregator.crawlNow(library.id());

        assertThat(again.notModified()).as(again.toString()).isTrue();
        assertThat(lastRequest(library, "agenda/activiteit-1.html").headers().getFirst("If-None-Match"))
                .as("the detail page was asked whether it changed").isNotNull();
        assertThat(aggregator.store().lastSeq()).isEqualTo(seq);
    }

    @Test
    void aChangedDetailPageBehindAnUnchangedListPageIsStillRead() {
        SourceDefinition library = library("bieb-detail", 2);
        start(library);
        aggregator.crawlNow(library.id());
        detail(library, 2, "Nu ook met koffie en thee.");

        CrawlOutcome again = aggregator.crawlNow(library.id());

        assertThat(again.notModified()).isFalse();
        assertThat(again.updated()).as(again.toString()).isEqualTo(1);
        assertThat(descriptionOf(library, "Activiteit 2")).contains("Nu ook met koffie en thee.");
    }

    @Test
    void pageValidatorsAreOnlyKeptWhenTheCrawlsItemsAreStored() {
        SourceDefinition library = library("bieb-held-back", 6);
        start(library);
        aggregator.crawlNow(library.id());
        String fullList = listPage(library, 6);
        listPage(library, 1); // far fewer items: held back, nothing stored ...
        detail(library, 1, "Vanaf nu in de nieuwe zaal.");
        assertThat(aggregator.crawlNow(library.id()).suspicious()).isTrue();
        serveListPage(library, fullList); // ... and back as it was: the list page answers 304 to the stored ETag

        CrawlOutcome again = aggregator.crawlNow(library.id());

        assertThat(again.notModified()).as("the held-back crawl did not keep the new detail page's ETag").isFalse();
        assertThat(descriptionOf(library, "Activiteit 1")).contains("Vanaf nu in de nieuwe zaal.");
    }

    @Test
    void aDetailPageThatCouldNotBeLoadedIsReadAgainNextTime() {
        SourceDefinition library = library("bieb-missing-detail", 2);
        server.status(path(library, "agenda/activiteit-2.html"), 404);
        start(library);
        assertThat(aggregator.crawlNow(library.id()).warnings()).isNotEmpty();
        detail(library, 2, "De beschrijving is er weer.");

        CrawlOutcome again = aggregator.crawlNow(library.id());

        assertThat(again.notModified()).isFalse();
        assertThat(descriptionOf(library, "Activiteit 2")).contains("De beschrijving is er weer.");
    }

    @Test
    void aFailedCrawlKeepsThePageValidatorsOfTheLastStoredCrawl() {
        SourceDefinition library = library("bieb-failed", 2);
        start(library);
        aggregator.crawlNow(library.id());
        long pages = db.queryLong("SELECT COUNT(*) FROM page_validator WHERE source_id = ?", library.id());
        server.status(library.url().getPath(), 500);

        assertThat(aggregator.crawlNow(library.id()).success()).isFalse();

        assertThat(pages).as("pages of the stored crawl").isEqualTo(2);
        assertThat(db.queryLong("SELECT COUNT(*) FROM page_validator WHERE source_id = ?", library.id()))
                .isEqualTo(pages);
    }

    @Test
    void anEditedRecipeIsAppliedAtTheNextCrawlThoughNoPageChanged(@TempDir Path recipes) throws Exception {
        Path recipe = recipes.resolve("demo-bibliotheek.yml");
        Files.copy(RECIPES.resolve("demo-bibliotheek.yml"), recipe);
        SourceDefinition library = library("bieb-edited-recipe", 2);
        start(library, recipes);
        aggregator.crawlNow(library.id());
        aggregator.close();
        Files.writeString(recipe, Files.readString(recipe)
                .replace("description: article.activiteit div.beschrijving", "description: article.activiteit h1"));
        start(library, recipes);

        CrawlOutcome again = aggregator.crawlNow(library.id());

        assertThat(again.notModified()).isFalse();
        assertThat(descriptionOf(library, "Activiteit 1")).isEqualTo("Activiteit 1");
    }

    /** A library agenda with {@code items} activities, each with a detail page of its own. */
    private SourceDefinition library(String name, int items) {
        SourceDefinition base = source(name);
        SourceDefinition library = new SourceDefinition(base.id(), name,
                server.uri("/" + base.id() + "/agenda.html"), "auto", Duration.ofHours(1), "demo-bibliotheek");
        listPage(library, items);
        IntStream.rangeClosed(1, items).forEach(i -> detail(library, i, "Gezellig samen lezen."));
        return library;
    }

    private String listPage(SourceDefinition library, int items) {
        String rows = IntStream.rangeClosed(1, items).mapToObj(i -> """
                <tr><td class="datum">%s</td><td class="tijd">14.00</td>
                <td class="titel"><a href="agenda/activiteit-%d.html">Activiteit %d</a></td>
                <td class="locatie">Bibliotheek Katwijk</td></tr>"""
                .formatted(LocalDate.now().plusDays(10 + i).format(DAY), i, i)).collect(Collectors.joining("\n"));
        String html = """
                <!DOCTYPE html><html lang="nl"><head><title>Agenda</title></head><body>
                <table class="agenda"><thead><tr><th>Datum</th><th>Tijd</th><th>Activiteit</th><th>Locatie</th></tr></thead>
                <tbody>
                %s
                </tbody></table></body></html>""".formatted(rows);
        serveListPage(library, html);
        return html;
    }

    private void serveListPage(SourceDefinition library, String html) {
        server.serve(library.url().getPath(), "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private void detail(SourceDefinition library, int item, String description) {
        String html = """
                <!DOCTYPE html><html lang="nl"><head><title>Activiteit %d</title></head><body>
                <article class="activiteit"><h1>Activiteit %d</h1>
                <div class="beschrijving"><p>%s</p></div>
                <dl class="gegevens"><dt>Adres</dt><dd class="adres">Tramstraat 4, 2225 CV Katwijk</dd></dl>
                </article></body></html>""".formatted(item, item, description);
        server.serve(path(library, "agenda/activiteit-" + item + ".html"), "text/html; charset=utf-8",
                html.getBytes(StandardCharsets.UTF_8));
    }

    private String path(SourceDefinition library, String relative) {
        return library.url().resolve(relative).getPath();
    }

    private FixtureServer.Request lastRequest(SourceDefinition library, String relative) {
        List<FixtureServer.Request> requests = server.requests(path(library, relative));
        assertThat(requests).as(relative).isNotEmpty();
        return requests.getLast();
    }

    private String descriptionOf(SourceDefinition library, String title) {
        var stored = storedByTitle(library).get(title);
        assertThat(stored).as(title).isNotNull();
        return stored.draft().description().text();
    }

    private void start(SourceDefinition source) {
        start(source, RECIPES);
    }

    private void start(SourceDefinition source, Path recipes) {
        AggregatorSettings base = settings(false, requestTimeout());
        aggregator = Aggregator.start(new AggregatorSettings(base.crawlEnabled(), base.schedulerTick(),
                base.connectTimeout(), base.requestTimeout(), base.maxBodyBytes(), base.userAgent(), base.horizon(),
                recipes, base.fetchAllowList(), base.minHostDelay(), base.parkAfterFailures(), base.lifecycle(),
                base.dedupe()), db.dataSource(), List.of(source));
    }
}
