package nl.bijeen.web.search;

import static nl.bijeen.web.search.SmallIndex.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bijeen.connectors.model.ActivityDraft;

/** Facet counts: over the whole result set, one per activity however many sites or dates it has. */
class FacetCountsTest {

    @TempDir
    Path dir;
    private SmallIndex small;
    private ActivitySearch search;

    @BeforeEach
    void index() throws Exception {
        small = new SmallIndex(dir).with(
                Listing.of(1, "Koffieochtend", NOW.plusDays(1)).alsoOn("site-b", "site-c")
                        .dates(NOW.plusDays(1), NOW.plusDays(8), NOW.plusDays(15)).audiences("senioren"),
                Listing.of(2, "Koffie en taart", NOW.plusDays(2)).cost("€ 2,50").alsoOn("site-b")
                        .audiences("senioren", "mantelzorgers"),
                Listing.of(3, "Koffie gezocht", NOW.plusDays(3)).kind(ActivityDraft.Kind.PRIKBORD).cost(null)
                        .wijk("WK053707"),
                Listing.of(4, "Wandelen", NOW.plusDays(3)));
        search = new ActivitySearch(small.index);
    }

    @AfterEach
    void close() throws Exception {
        small.close();
    }

    @Test
    void sourceCountsEveryActivityOnceOnEachSiteItWasPublishedOn() {
        Facets facets = search.search(SearchRequest.builder().q("koffie").build()).facets();

        assertThat(facets.source()).extracting(Facets.Count::value, Facets.Count::label, Facets.Count::count)
                .containsExactly(tuple("site-a", "Site site-a", 3L), tuple("site-b", "Site site-b", 2L),
                        tuple("site-c", "Site site-c", 1L));
    }

    @Test
    void countsCoverAllResultsNotOnlyThePageShown() {
        SearchResult result = search.search(SearchRequest.builder().q("koffie").limit(1).build());

        assertThat(result.activities()).hasSize(1);
        assertThat(result.facets().kind()).extracting(Facets.Count::value, Facets.Count::count)
                .containsExactly(tuple("agenda", 2L), tuple("prikbord", 1L));
    }

    @Test
    void anActivityWithSeveralDatesCountsOnce() {
        Facets facets = search.search(SearchRequest.builder().q("koffie").build()).facets();

        assertThat(facets.audience()).extracting(Facets.Count::value, Facets.Count::count)
                .containsExactly(tuple("senioren", 2L), tuple("mantelzorgers", 1L));
    }

    @Test
    void costLeavesOutActivitiesThatDoNotSayWhatTheyCost() {
        Facets facets = search.search(SearchRequest.builder().q("koffie").build()).facets();

        assertThat(facets.cost()).extracting(Facets.Count::label, Facets.Count::count)
                .containsExactly(tuple("Betaald", 1L), tuple("Gratis", 1L));
    }

    @Test
    void countsFollowTheFilters() {
        Facets facets = search.search(SearchRequest.builder().cost(SearchRequest.Cost.GRATIS).build()).facets();

        assertThat(facets.wijk()).extracting(Facets.Count::value, Facets.Count::count)
                .containsExactly(tuple("WK053702", 2L));
    }

    @Test
    void countsFollowTheIndexWhenItChanges() throws Exception {
        search.search(SearchRequest.builder().q("koffie").build());
        small.put(Listing.of(5, "Koffie op zondag", NOW.plusDays(4)).build());

        Facets facets = search.search(SearchRequest.builder().q("koffie").build()).facets();

        assertThat(facets.kind()).extracting(Facets.Count::value, Facets.Count::count)
                .containsExactly(tuple("agenda", 3L), tuple("prikbord", 1L));
    }

    @Test
    void aDimensionListsOnlyTheValuesWithTheMostResults() throws Exception {
        for (int i = 0; i <= FacetCounts.MAX_VALUES; i++) {
            small.put(Listing.of(100 + i, "Bingo", NOW.plusDays(1)).organiser(String.format("Club %03d", i)).build());
        }
        small.put(Listing.of(200, "Bingo", NOW.plusDays(2)).organiser("Club 050").build());

        Facets facets = search.search(SearchRequest.builder().q("bingo").build()).facets();

        assertThat(facets.organiser()).hasSize(FacetCounts.MAX_VALUES);
        assertThat(facets.organiser().getFirst()).extracting(Facets.Count::value, Facets.Count::count)
                .containsExactly("Club 050", 2L);
        assertThat(facets.organiser()).extracting(Facets.Count::value).doesNotContain("Club 049");
    }
}
