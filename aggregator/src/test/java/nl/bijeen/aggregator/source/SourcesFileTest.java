package nl.bijeen.aggregator.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesFileTest {

    private static final Path SHIPPED = Path.of(System.getProperty("bijeen.config.dir", "../config"), "sources.yml");

    @Test
    void aValidFileLoadsEveryEntryWithDefaultsFilledIn(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("sources.yml"), """
                sources:
                  - id: bibliotheek-katwijk-agenda
                    name: Bibliotheek Katwijk
                    url: https://www.bibliotheekkatwijk.nl/agenda.ics
                    format: ical
                    schedule: 15m
                  - id: wijkvereniging-zuid
                    url: webcal://wijkzuid.example/agenda
                    schedule: PT2H
                  - id: kerk-nieuws
                    url: http://kerk.example/feed
                    schedule: 1d
                """);

        List<SourceDefinition> sources = SourcesFile.load(file);

        assertThat(sources).containsExactly(
                new SourceDefinition("bibliotheek-katwijk-agenda", "Bibliotheek Katwijk",
                        URI.create("https://www.bibliotheekkatwijk.nl/agenda.ics"), "ical", Duration.ofMinutes(15)),
                new SourceDefinition("wijkvereniging-zuid", "wijkvereniging-zuid",
                        URI.create("webcal://wijkzuid.example/agenda"), "auto", Duration.ofHours(2)),
                new SourceDefinition("kerk-nieuws", "kerk-nieuws", URI.create("http://kerk.example/feed"), "auto",
                        Duration.ofDays(1)));
    }

    @Test
    void theShippedFileListsNoSources() {
        assertThat(SourcesFile.load(SHIPPED)).isEmpty();
    }

    @Test
    void theCommentedExampleInTheShippedFileIsValidOnceUncommented() throws Exception {
        String example = Files.readAllLines(SHIPPED).stream()
                .dropWhile(line -> !line.equals("# sources:"))
                .takeWhile(line -> line.startsWith("# ") && !line.equals("#"))
                .map(line -> line.substring(2))
                .collect(Collectors.joining("\n"));

        List<SourceDefinition> sources = SourcesFile.parse(example, "example");

        assertThat(sources).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("bibliotheek-katwijk-agenda");
            assertThat(s.schedule()).isEqualTo(Duration.ofHours(1));
        });
    }

    @Test
    void anEmptyFileOrAnEmptyListMeansNoSources() {
        assertThat(SourcesFile.parse("", "empty")).isEmpty();
        assertThat(SourcesFile.parse("sources:\n", "null list")).isEmpty();
        assertThat(SourcesFile.parse("sources: []\n", "empty list")).isEmpty();
    }

    @Test
    void aMissingFileIsNamedInTheError(@TempDir Path dir) {
        assertThatThrownBy(() -> SourcesFile.load(dir.resolve("nergens.yml")))
                .isInstanceOf(SourcesFileException.class)
                .hasMessageContaining("nergens.yml").hasMessageContaining("does not exist");
    }

    @Test
    void anUnknownKeyIsNamedWithItsEntry() {
        assertThat(problems("""
                sources:
                  - id: kern
                    url: https://kern.example/agenda.ics
                    adres: https://kern.example
                """)).containsExactly("entry 1 (id 'kern'): unknown key 'adres' (allowed: id, name, url, format, schedule, recipe, audiences, themes, wijk, priority, owner-email, paused)");
    }

    @Test
    void aMissingIdOrUrlIsNamedWithItsPosition() {
        assertThat(problems("""
                sources:
                  - id: kern
                    url: https://kern.example/agenda.ics
                  - name: Zonder id
                    url: https://zonder.example/
                  - id: zonder-url
                """)).containsExactly(
                "entry 2: missing key 'id' (a short name such as 'buurthuis-de-kern-agenda')",
                "entry 3 (id 'zonder-url'): missing key 'url' (the address of the feed or page)");
    }

    @Test
    void aBadUrlOrSchemeIsNamed() {
        assertThat(problems("""
                sources:
                  - id: ftp-bron
                    url: ftp://kern.example/agenda.ics
                  - id: relatief
                    url: /agenda.ics
                  - id: spaties
                    url: https://kern example/agenda
                """)).containsExactly(
                "entry 1 (id 'ftp-bron'): url 'ftp://kern.example/agenda.ics' must be a full address starting with"
                        + " http://, https:// or webcal://",
                "entry 2 (id 'relatief'): url '/agenda.ics' must be a full address starting with http://, https://"
                        + " or webcal://",
                "entry 3 (id 'spaties'): url 'https://kern example/agenda' is not a valid address (Illegal character in authority)");
    }

    @Test
    void aDuplicateIdIsNamed() {
        assertThat(problems("""
                sources:
                  - id: kern
                    url: https://kern.example/a.ics
                  - id: kern
                    url: https://kern.example/b.ics
                """)).containsExactly("entry 2 (id 'kern'): id 'kern' is used by an earlier entry; ids must be unique");
    }

    @Test
    void aBadScheduleIsNamed() {
        assertThat(problems("""
                sources:
                  - id: vaak
                    url: https://kern.example/a.ics
                    schedule: 30 seconden
                  - id: te-vaak
                    url: https://kern.example/b.ics
                    schedule: PT10S
                """)).containsExactly(
                "entry 1 (id 'vaak'): schedule '30 seconden' is not a schedule: write a number with m, h or d"
                        + " (\"15m\", \"1h\", \"1d\") or an ISO-8601 duration (\"PT15M\")",
                "entry 2 (id 'te-vaak'): schedule 'PT10S' is too often: the shortest schedule is 1m");
    }

    @Test
    void anUnknownFormatAndABadIdAreNamed() {
        assertThat(problems("""
                sources:
                  - id: kern agenda
                    url: https://kern.example/a.ics
                    format: pdf
                """)).containsExactly(
                "entry 1 (id 'kern agenda'): id 'kern agenda' may only contain letters, digits and '-' (at most 100)",
                "entry 1 (id 'kern agenda'): format 'pdf' is unknown (use one of auto, ical, feed, jsonld, html, recipe)");
    }

    @Test
    void aRecipeMakesTheSourceARecipeSource(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sources.yml");
        Files.writeString(file, """
                sources:
                  - id: buurthuis-zonder-markup
                    url: https://buurthuis.example/agenda
                    recipe: demo-buurthuis
                """);

        assertThat(SourcesFile.load(file)).singleElement().satisfies(source -> {
            assertThat(source.format()).isEqualTo("recipe");
            assertThat(source.recipe()).isEqualTo("demo-buurthuis");
        });
    }

    @Test
    void recipeMistakesAreNamed() {
        assertThat(problems("""
                sources:
                  - id: a
                    url: https://a.example/
                    format: recipe
                  - id: b
                    url: https://b.example/
                    recipe: Mijn Recept.yml
                  - id: c
                    url: https://c.example/agenda.ics
                    format: ical
                    recipe: c-recept
                """)).containsExactly(
                "entry 1 (id 'a'): format 'recipe' needs a 'recipe' key naming a file in config/recipes/",
                "entry 2 (id 'b'): recipe 'Mijn Recept.yml' must be the name of a file in config/recipes/ without .yml"
                        + " (lowercase letters, digits and '-')",
                "entry 3 (id 'c'): a source with a recipe is read by that recipe; remove format 'ical'");
    }

    @Test
    void aFileThatIsNotAListOfSourcesIsExplained() {
        assertThat(problems("bronnen:\n  - id: kern\n")).containsExactly(
                "unknown top-level key 'bronnen' (only 'sources' is allowed)");
        assertThat(problems("sources:\n  id: kern\n")).containsExactly(
                "'sources' must be a list of entries (start each with '- id: ...'), or [] for none");
        assertThat(problems("sources: [ { id: kern, url: https://a.example/ }")).singleElement()
                .asString().startsWith("it is not valid YAML");
    }

    private static List<String> problems(String yaml) {
        try {
            SourcesFile.parse(yaml, "sources.yml");
        } catch (SourcesFileException e) {
            assertThat(e.getMessage()).startsWith("sources.yml has");
            return e.problems();
        }
        throw new AssertionError("expected the file to be refused");
    }
}
