package nl.bijeen.web.search;

import static nl.bijeen.web.search.SmallIndex.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bijeen.connectors.classify.Taxonomy;

/** Autocomplete over titles, organisers, wijk and theme names. */
class SuggestionsTest {

    private static final Path CONFIG = Path.of(System.getProperty("bijeen.config.dir", "../config"));

    @TempDir
    Path dir;
    private SmallIndex small;
    private ActivitySearch search;

    @BeforeEach
    void index() throws Exception {
        small = new SmallIndex(dir).with(
                Listing.of(1, "Koffieochtend in De Kern", NOW.plusDays(1)).organiser("Kerk Rijnsburg"),
                Listing.of(2, "Sportief wandelen", NOW.plusDays(1)),
                Listing.of(3, "Kerstmarkt", NOW.minusDays(3)));
        Taxonomy taxonomy = Taxonomy.load(CONFIG.resolve("taxonomy.yml"));
        search = new ActivitySearch(small.index, taxonomy,
                QueryVocabulary.load(taxonomy, CONFIG.resolve("geo/wijken-katwijk-2024.geojson")));
    }

    @AfterEach
    void close() throws Exception {
        small.close();
    }

    @Test
    void startOfAnyWordOfATitleSuggestsIt() {
        assertThat(search.suggest("wand", 10)).extracting(Suggestion::text).contains("Sportief wandelen");
        assertThat(search.suggest("kern", 10)).extracting(Suggestion::text).contains("Koffieochtend in De Kern");
    }

    @Test
    void organisersAreSuggestedAsSuch() {
        assertThat(search.suggest("kerk", 10)).contains(new Suggestion("Kerk Rijnsburg", "organisator", null));
    }

    @Test
    void wijkNamesComeFirstWithTheirCode() {
        assertThat(search.suggest("rijns", 10).getFirst()).isEqualTo(new Suggestion("Rijnsburg", "wijk", "WK053707"));
    }

    @Test
    void themeNamesAreSuggested() {
        assertThat(search.suggest("spor", 10)).extracting(Suggestion::type).first().isEqualTo("thema");
    }

    @Test
    void pastActivitiesAreNotSuggested() {
        assertThat(search.suggest("kerst", 10)).extracting(Suggestion::text).doesNotContain("Kerstmarkt");
    }

    @Test
    void oneLetterSuggestsNothing() {
        assertThat(search.suggest("k", 10)).isEmpty();
    }
}
