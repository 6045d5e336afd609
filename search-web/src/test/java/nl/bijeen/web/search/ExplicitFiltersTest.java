package nl.bijeen.web.search;

import static nl.bijeen.web.search.SmallIndex.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.web.index.IndexedActivity;

/** The filters of a {@link SearchRequest}, over a real index of a few activities that differ in one thing each. */
class ExplicitFiltersTest {

    @TempDir
    Path dir;
    private SmallIndex small;
    private ActivitySearch search;

    @BeforeEach
    void index() throws Exception {
        small = new SmallIndex(dir).with(
                Listing.of(1, "Koffieochtend", NOW.plusDays(1)).wijk("WK053702"),
                Listing.of(2, "Koffie en taart", NOW.plusDays(2)).wijk("WK053707").cost("€ 2,50")
                        .organiser("Kerk Rijnsburg").onlyOn("site-b"),
                Listing.of(3, "Koffie op zaterdag", NOW.with(TemporalAdjusters.next(DayOfWeek.SATURDAY)))
                        .wijk("WK053701").kind(ActivityDraft.Kind.PRIKBORD).alsoOn("site-c"),
                Listing.of(4, "Koffie in december", NOW.plusDays(20)).wijk("WK053707"),
                Listing.of(5, "Taalmaatje", NOW).ongoing().wijk("WK053702"));
        search = new ActivitySearch(small.index);
    }

    @AfterEach
    void close() throws Exception {
        small.close();
    }

    private List<Long> ids(SearchRequest.Builder request) {
        return search.search(request.limit(50).build()).activities().stream().map(IndexedActivity::id).toList();
    }

    @Test
    void valuesOfOneFilterAreAlternatives() {
        assertThat(ids(SearchRequest.builder().q("koffie").wijken(List.of("WK053702", "WK053701"))))
                .containsExactlyInAnyOrder(1L, 3L);
    }

    @Test
    void differentFiltersMustAllHold() {
        assertThat(ids(SearchRequest.builder().wijken(List.of("WK053707")).cost(SearchRequest.Cost.GRATIS)))
                .containsExactly(4L);
    }

    @Test
    void paidFindsActivitiesWithAPrice() {
        assertThat(ids(SearchRequest.builder().cost(SearchRequest.Cost.BETAALD))).containsExactly(2L);
    }

    @Test
    void kindFindsOnlyThatSection() {
        assertThat(ids(SearchRequest.builder().kinds(List.of(SearchRequest.Kind.PRIKBORD)))).containsExactly(3L);
        assertThat(ids(SearchRequest.builder().kinds(List.of(SearchRequest.Kind.ETALAGE)))).containsExactly(5L);
    }

    @Test
    void organiserFilterMatchesTheWholeName() {
        assertThat(ids(SearchRequest.builder().organisers(List.of("Kerk Rijnsburg")))).containsExactly(2L);
        assertThat(ids(SearchRequest.builder().organisers(List.of("Kerk")))).isEmpty();
    }

    @Test
    void sourceFilterFindsActivitiesOnThatSiteAlsoWhenAnotherSiteIsMoreTrusted() {
        assertThat(ids(SearchRequest.builder().sources(List.of("site-c")))).containsExactly(3L);
    }

    @Test
    void thisWeekendFindsOnlySaturdayAndSunday() {
        assertThat(ids(SearchRequest.builder().date(SearchRequest.DateFilter.of(SearchRequest.Period.THIS_WEEKEND))))
                .containsExactly(3L);
    }

    @Test
    void dateRangeIncludesItsLastDay() {
        assertThat(ids(SearchRequest.builder().date(SearchRequest.DateFilter.range(
                NOW.toLocalDate().plusDays(1), NOW.toLocalDate().plusDays(2))))).containsExactly(1L, 2L);
    }

    @Test
    void todayLeavesOutOngoingOffersWithoutADate() {
        assertThat(ids(SearchRequest.builder().date(SearchRequest.DateFilter.of(SearchRequest.Period.TODAY))))
                .isEmpty();
    }

    @Test
    void chosenFiltersAreKeptWhenTheWordsFindNothing() {
        SearchResult result = search.search(SearchRequest.builder().q("bingo").wijken(List.of("WK053707")).build());

        assertThat(result.relaxed()).isEqualTo(SearchResult.Relaxation.WORDS_OPTIONAL);
        assertThat(result.activities()).extracting(IndexedActivity::id).containsExactlyInAnyOrder(2L, 4L);
    }

    @Test
    void sortByDateListsSoonestFirstWhateverTheScore() {
        assertThat(ids(SearchRequest.builder().q("koffie").sort(SearchRequest.Sort.DATE)))
                .containsExactly(1L, 2L, 3L, 4L);
    }
}
