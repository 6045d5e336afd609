package nl.bijeen.connectors.html.recipe;

import static nl.bijeen.connectors.Fixtures.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.ParseResult;
import nl.bijeen.connectors.model.Warning;
import nl.bijeen.connectors.spi.ActivityConnector;
import nl.bijeen.connectors.spi.Connectors;
import nl.bijeen.connectors.spi.SourceSettings;

class RecipeBookTest {

    @TempDir
    Path directory;

    private Path write(String name, String yaml, Instant modified) throws IOException {
        Path file = directory.resolve(name + ".yml");
        Files.writeString(file, yaml);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    @Test
    void everyShippedRecipeIsValid() throws IOException, RecipeException {
        RecipeBook shipped = new RecipeBook(RecipeConnectorTest.SHIPPED);
        List<String> names;
        try (var files = Files.list(RecipeConnectorTest.SHIPPED)) {
            names = files.map(f -> f.getFileName().toString().replace(".yml", "")).sorted().toList();
        }

        assertThat(names).contains("demo-buurthuis", "demo-bibliotheek", "sportclub-kvv");
        for (String name : names) {
            assertThat(shipped.recipe(name).name()).isEqualTo(name);
        }
    }

    @Test
    void recipeIsReadOnceAndAgainWhenItsFileChanges() throws Exception {
        write("wijkhuis", "items: li\nfields:\n  title: h3\n  date: p\n", Instant.parse("2026-03-01T10:00:00Z"));
        RecipeBook book = new RecipeBook(directory);

        Recipe first = book.recipe("wijkhuis");
        assertThat(book.recipe("wijkhuis")).isSameAs(first);

        write("wijkhuis", "items: div.item\nfields:\n  title: h3\n  date: p\n", Instant.parse("2026-03-02T10:00:00Z"));
        assertThat(book.recipe("wijkhuis").items()).isEqualTo("div.item");
    }

    @Test
    void missingRecipeNamesTheDirectory() {
        RecipeBook book = new RecipeBook(directory);

        assertThatThrownBy(() -> book.recipe("bestaat-niet")).isInstanceOf(RecipeException.class)
                .hasMessageStartingWith("recipe 'bestaat-niet': not found in " + directory.toAbsolutePath());
    }

    @Test
    void recipeNameCannotReachOutsideTheDirectory() {
        RecipeBook book = new RecipeBook(directory);

        assertThatThrownBy(() -> book.recipe("../sources")).isInstanceOf(RecipeException.class)
                .hasMessageStartingWith("recipe '../sources': is not a recipe name");
    }

    @Test
    void recipeConnectorNeverClaimsADocumentByItself() {
        var page = document("recipe/buurthuis/agenda.html", "https://www.buurthuis-dekern.nl/agenda.html", "text/html");

        assertThat(new RecipeConnector(new RecipeBook(directory)).supports(page)).isFalse();
        assertThat(Connectors.standard().pick(page, "auto").map(ActivityConnector::format)).contains("jsonld");
        assertThat(Connectors.standard().pick(page, "recipe").map(ActivityConnector::format)).contains("recipe");
    }

    @Test
    void sourceThatNamesARecipeIsReadWithItAlsoWhenItsFormatIsAuto() throws Exception {
        String previous = System.getProperty("bijeen.recipes");
        System.setProperty("bijeen.recipes", RecipeConnectorTest.SHIPPED.toString());
        try {
            var page = document("recipe/buurthuis/agenda-3.html", "https://www.buurthuis-dekern.nl/agenda-3.html",
                    "text/html");
            var settings = new SourceSettings("de-kern", "auto", null, null, nl.bijeen.connectors.Fixtures.NOW,
                    "demo-buurthuis", null);

            ParseResult result = Connectors.standard().parse(page, settings);

            assertThat(result.activities()).extracting(ActivityDraft::title).containsExactly("Wijkschouw met de wijkagent");
        } finally {
            if (previous == null) {
                System.clearProperty("bijeen.recipes");
            } else {
                System.setProperty("bijeen.recipes", previous);
            }
        }
    }

    @Test
    void paginationStopsAtMaxPagesWithAWarning() throws Exception {
        write("kort", Files.readString(RecipeConnectorTest.SHIPPED.resolve("demo-buurthuis.yml"))
                .replace("maxPages: 5", "maxPages: 2"), Instant.parse("2026-03-01T10:00:00Z"));
        try (FixtureSite site = new FixtureSite()) {
            ParseResult result = new RecipeConnector(new RecipeBook(directory)).parse(
                    site.document("buurthuis/agenda.html"), RecipeConnectorTest.settings("kort", site.loader()));

            assertThat(result.activities()).extracting(ActivityDraft::title)
                    .containsExactly("Koffieochtend", "Repair Café", "Bingo-avond", "Paasbrunch");
            assertThat(result.warnings()).containsExactly(new Warning(null,
                    "stopped after 2 pages (pagination.maxPages of recipe 'kort'): later pages are not read"));
        }
    }

    @Test
    void pageWithoutAnyItemSaysTheSiteMayHaveChanged() throws Exception {
        var page = document("html/geen-events.html", "https://www.buurthuis-dekern.nl/agenda.html", "text/html");

        ParseResult result = new RecipeConnector(new RecipeBook(RecipeConnectorTest.SHIPPED))
                .parse(page, RecipeConnectorTest.settings("demo-buurthuis", null));

        assertThat(result.activities()).isEmpty();
        assertThat(result.warnings()).containsExactly(new Warning(null, "no items found with selector "
                + "'ul.agenda > li.activiteit' (recipe 'demo-buurthuis'): has the site changed its pages?"));
    }
}
