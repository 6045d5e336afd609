package nl.bijeen.web.search;

import static nl.bijeen.web.search.SmallIndex.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Highlighted snippets: the searched words marked, everything else escaped. */
class SnippetsTest {

    @TempDir
    Path dir;
    private SmallIndex small;
    private ActivitySearch search;

    @BeforeEach
    void index() throws Exception {
        small = new SmallIndex(dir).with(
                Listing.of(1, "Ochtend in De Kern", NOW.plusDays(1))
                        .description("Samen <b>koffie</b> & thee drinken met de buren. Daarna wandelen we."),
                Listing.of(2, "Wandelen", NOW.plusDays(1)).description("Een rustige wandeling langs de duinen."));
        search = new ActivitySearch(small.index);
    }

    @AfterEach
    void close() throws Exception {
        small.close();
    }

    @Test
    void searchedWordIsMarkedAndTheRestEscaped() {
        SearchResult result = search.search(SearchRequest.builder().q("koffie").build());

        assertThat(result.snippet(result.activities().getFirst()))
                .contains("&lt;b&gt;<mark>koffie</mark>&lt;&#x2F;b&gt; &amp; thee")
                .doesNotContain("<b>");
    }

    @Test
    void stemmedFormsAreMarkedToo() {
        SearchResult result = search.search(SearchRequest.builder().q("wandeling").build());

        assertThat(result.snippet(result.activities().getFirst())).contains("<mark>wandeling</mark>");
    }

    @Test
    void withoutWordsThereIsNoSnippet() {
        SearchResult result = search.search(SearchRequest.builder().build());

        assertThat(result.snippets()).isEmpty();
    }
}
