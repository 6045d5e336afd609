package nl.bijeen.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import nl.bijeen.connectors.classify.Taxonomy;
import nl.bijeen.web.search.QueryFilter.Kind;

class QueryUnderstandingTest {

    private static final Path CONFIG = Path.of(System.getProperty("bijeen.config.dir", "../config"));
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** A Monday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final QueryUnderstanding understanding = new QueryUnderstanding(QueryVocabulary.load(
            Taxonomy.load(CONFIG.resolve("taxonomy.yml")), CONFIG.resolve("geo/wijken-katwijk-2024.geojson")));

    private QueryUnderstanding.Understood understand(String query) {
        return understanding.understand(query, TODAY, AMSTERDAM);
    }

    @Test
    void audienceTownAndDateWordsBecomeFiltersAndTheRestStaysText() {
        var u = understand("iets gezelligs voor ouderen in Rijnsburg deze week");

        assertThat(u.filters()).extracting(QueryFilter::kind, QueryFilter::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.AUDIENCE, "Senioren"),
                        org.assertj.core.groups.Tuple.tuple(Kind.WIJK, "Rijnsburg"),
                        org.assertj.core.groups.Tuple.tuple(Kind.DATE, "deze week"));
        assertThat(u.text()).isEqualTo("gezelligs ouderen");
    }

    @Test
    void theLongestPlaceNameWins() {
        var u = understand("bingo Katwijk aan Zee");

        assertThat(u.filters()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.WIJK);
            assertThat(f.values()).containsExactly("WK053705");
        });
        assertThat(u.text()).isEqualTo("bingo");
    }

    @Test
    void aChipKnowsTheQueryWithoutIt() {
        var u = understand("koffie Valkenburg morgen");

        assertThat(u.filters()).extracting(QueryFilter::queryWithout)
                .containsExactly("koffie morgen", "koffie Valkenburg");
    }

    @Test
    void thisWeekRunsFromTodayUpToSundayAndTheWeekendIsSaturdayAndSunday() {
        var week = understand("deze week").filters().getFirst();
        var weekend = understand("dit weekend").filters().getFirst();

        assertThat(week.from()).isEqualTo(TODAY.atStartOfDay(AMSTERDAM).toInstant());
        assertThat(week.until()).isEqualTo(TODAY.plusDays(7).atStartOfDay(AMSTERDAM).toInstant());
        assertThat(weekend.from()).isEqualTo(TODAY.plusDays(5).atStartOfDay(AMSTERDAM).toInstant());
        assertThat(weekend.until()).isEqualTo(TODAY.plusDays(7).atStartOfDay(AMSTERDAM).toInstant());
    }

    @Test
    void anAudienceAtTheStartOfACompoundFiltersAndTheWordStaysText() {
        var u = understand("seniorenactiviteiten");

        assertThat(u.filters()).extracting(QueryFilter::label).containsExactly("Senioren");
        assertThat(u.text()).isEqualTo("seniorenactiviteiten");
    }

    @Test
    void themeKeywordsThatAreThingsStayText() {
        var u = understand("koffie");

        assertThat(u.filters()).isEmpty();
        assertThat(u.text()).isEqualTo("koffie");
    }
}
