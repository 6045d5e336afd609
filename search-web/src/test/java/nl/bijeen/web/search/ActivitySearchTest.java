package nl.bijeen.web.search;

import static nl.bijeen.web.search.Activities.AMSTERDAM;
import static nl.bijeen.web.search.Activities.activity;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.web.index.ActivityIndex;
import nl.bijeen.web.index.IndexedActivity;

class ActivitySearchTest {

    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 23, 15, 0, 0, 0, AMSTERDAM);

    @TempDir
    Path dir;
    private ActivityIndex index;
    private ActivitySearch search;

    @BeforeEach
    void openIndex() throws Exception {
        index = ActivityIndex.open(dir, Clock.fixed(NOW.toInstant(), AMSTERDAM));
        search = new ActivitySearch(index);
        index.put(activity(1, "Koffieochtend in De Kern", "Gezellig samen koffie drinken.", NOW.plusDays(1)));
        index.put(activity(2, "Repaircafé", "Samen spullen repareren.", NOW.plusDays(3)));
        index.put(activity(3, "Wandelen langs de duinen", "Een rustige wandeling.", NOW.plusDays(2)));
        index.put(activity(4, "Taalcafe", "Oefenen met Nederlands praten.")); // no fixed date
        index.put(activity(5, "Kerstmarkt", "Vorig jaar.", NOW.minusDays(2)));
        index.put(activity(6, "Vanmorgen koffie", "Eerder vandaag begonnen.", NOW.withHour(9)));
        index.put(activity(7, "Bingo", "Gaat dit jaar niet door.", ActivityDraft.Status.CANCELLED, NOW.plusDays(5)));
        index.commit(7);
    }

    @AfterEach
    void closeIndex() throws Exception {
        index.close();
    }

    @Test
    void emptyQueryListsUpcomingSoonestFirstAndOngoingOffersLast() {
        SearchResult result = search.search("", 10);

        assertThat(result.activities()).extracting(IndexedActivity::title).containsExactly(
                "Vanmorgen koffie", "Koffieochtend in De Kern", "Wandelen langs de duinen", "Repaircafé", "Bingo",
                "Taalcafe");
        assertThat(result.total()).isEqualTo(6);
    }

    @Test
    void pastActivitiesAreNotFound() {
        assertThat(search.search("kerstmarkt", 10).total()).isZero();
    }

    @Test
    void wordFindsCompoundsThatStartWithIt() {
        assertThat(search.search("koffie", 10).activities()).extracting(IndexedActivity::title)
                .containsExactlyInAnyOrder("Koffieochtend in De Kern", "Vanmorgen koffie");
    }

    @Test
    void diacriticsFoldSoCafeFindsCafe() {
        assertThat(search.search("repaircafe", 10).activities()).extracting(IndexedActivity::title)
                .containsExactly("Repaircafé");
        assertThat(search.search("Taalcafé", 10).activities()).extracting(IndexedActivity::title)
                .containsExactly("Taalcafe");
    }

    @Test
    void dutchStemmingMatchesOtherFormsOfAWord() {
        assertThat(search.search("wandeling", 10).activities()).extracting(IndexedActivity::title)
                .containsExactly("Wandelen langs de duinen");
    }

    @Test
    void everyWordMustMatch() {
        assertThat(search.search("koffie vanmorgen", 10).activities()).extracting(IndexedActivity::title)
                .containsExactly("Vanmorgen koffie");
    }

    @Test
    void titleMatchesRankAboveDescriptionMatches() throws Exception {
        index.put(activity(8, "Soos", "Met koffie en thee.", NOW.plusDays(1)));
        index.commit(8);
        assertThat(search.search("koffie", 10).activities().getLast().title()).isEqualTo("Soos");
    }

    @Test
    void cancelledActivitiesAreFoundAndMarked() {
        IndexedActivity bingo = search.search("bingo", 10).activities().getFirst();
        assertThat(bingo.cancelled()).isTrue();
    }

    @Test
    void resultCarriesWhatAPageNeeds() {
        IndexedActivity a = search.search("repaircafe", 1).activities().getFirst();
        assertThat(a.link()).isEqualTo("https://example.nl/activiteit/2");
        assertThat(a.placeName()).isEqualTo("Buurthuis De Kern");
        assertThat(a.organiser()).isEqualTo("Welzijn Katwijk");
        assertThat(a.dates()).hasSize(1);
        assertThat(a.dates().getFirst().start()).isEqualTo(NOW.plusDays(3).toInstant());
        assertThat(a.sourceId()).isEqualTo("test-source");
    }

    @Test
    void limitCapsResultsButNotTheTotal() {
        SearchResult result = search.search("", 2);
        assertThat(result.activities()).hasSize(2);
        assertThat(result.total()).isEqualTo(6);
    }

    @Test
    void offsetPagesThroughTheSameOrder() {
        assertThat(search.search("", 2, 3).activities()).extracting(IndexedActivity::title)
                .containsExactly("Wandelen langs de duinen", "Repaircafé", "Bingo");
        assertThat(search.search("", 6, 3).activities()).isEmpty();
        assertThat(search.search("", 6, 3).total()).isEqualTo(6);
    }

    @Test
    void aTypoInALongWordStillFindsIt() {
        assertThat(search.search("koffieochent", 10).activities()).extracting(IndexedActivity::title)
                .contains("Koffieochtend in De Kern");
    }

    @Test
    void aWordTheIndexKnowsIsNotAlsoReadAsATypoOfAnother() throws Exception {
        index.put(activity(9, "Bootcamp op het strand", "Buiten sporten.", NOW.plusDays(1)));
        index.put(activity(10, "Onze stand op de markt", "Kom langs.", NOW.plusDays(1)));
        index.commit(10);

        assertThat(search.search("strand", 10).activities()).extracting(IndexedActivity::title)
                .containsExactly("Bootcamp op het strand");
    }

    @Test
    void aCompoundFindsItsPartsWrittenApart() throws Exception {
        index.put(activity(9, "Open buurt huis", "Iedereen welkom.", NOW.plusDays(1)));
        index.commit(9);
        assertThat(search.search("buurthuis", 10).activities()).extracting(IndexedActivity::title)
                .contains("Open buurt huis");
    }

    @Test
    void aQueryWhoseWordsNeverMeetFallsBackToAnyWordAndSaysSo() {
        SearchResult result = search.search("repaircafe wandeling", 10);

        assertThat(result.relaxed()).isEqualTo(SearchResult.Relaxation.ANY_WORD);
        assertThat(result.activities()).extracting(IndexedActivity::title)
                .contains("Repaircafé", "Wandelen langs de duinen");
    }

    @Test
    void aDateWordFiltersOnThatDay() {
        SearchResult result = search.search("morgen", 10);

        assertThat(result.filters()).extracting(QueryFilter::kind).containsExactly(QueryFilter.Kind.DATE);
        assertThat(result.activities()).extracting(IndexedActivity::title).containsExactly("Koffieochtend in De Kern");
    }

    @Test
    void englishWordsOfNewcomersFindTheDutchActivity() {
        assertThat(search.search("language cafe", 10).activities()).extracting(IndexedActivity::title)
                .containsExactly("Taalcafe");
    }

    @Test
    void aWordNotFoundWithinTheFiltersOnlyRanksWhatTheFiltersAllow() {
        SearchResult result = search.search("bingo morgen", 10);

        assertThat(result.relaxed()).isEqualTo(SearchResult.Relaxation.WORDS_OPTIONAL);
        assertThat(result.activities()).extracting(IndexedActivity::title).containsExactly("Koffieochtend in De Kern");
    }

    @Test
    void filtersThatAllowNothingAreDroppedAndTheResultSaysSo() {
        SearchResult result = search.search("bingo zondag", 10);

        assertThat(result.relaxed()).isEqualTo(SearchResult.Relaxation.WITHOUT_FILTERS);
        assertThat(result.filters()).extracting(QueryFilter::label).containsExactly("zondag");
        assertThat(result.activities()).extracting(IndexedActivity::title).containsExactly("Bingo");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"koffie", "koffie)", "(((", "AND OR NOT", "*", "-", "~2", "title:koffie", "\\", "de het een"})
    void oddInputNeverThrows(String input) {
        assertThat(search.search(input, 10)).isNotNull();
    }
}
