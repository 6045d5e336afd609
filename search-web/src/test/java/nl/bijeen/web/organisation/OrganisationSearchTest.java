package nl.bijeen.web.organisation;

import static nl.bijeen.web.organisation.SocialMap.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import nl.bijeen.aggregator.organisation.StoredOrganisation;
import nl.bijeen.web.organisation.index.OrganisationIndex;
import nl.bijeen.web.organisation.search.OrganisationFacets;
import nl.bijeen.web.organisation.search.OrganisationLabels;
import nl.bijeen.web.organisation.search.OrganisationQuery;
import nl.bijeen.web.organisation.search.OrganisationResults;
import nl.bijeen.web.organisation.search.OrganisationSearch;

/** Searching the directory: words, typos, filters per dimension, drill-sideways counts, paging and order. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationSearchTest {

    @TempDir
    static Path dir;
    private OrganisationIndex index;
    private OrganisationSearch search;

    @BeforeAll
    void indexTheSocialMap() throws Exception {
        index = OrganisationIndex.open(dir);
        for (StoredOrganisation o : ALL) {
            index.put(o);
        }
        index.commit(1);
        search = new OrganisationSearch(index, new OrganisationLabels(t -> "T:" + t, a -> "A:" + a,
                w -> w.equals(RIJNSBURG) ? "Rijnsburg" : w));
    }

    @AfterAll
    void close() throws Exception {
        index.close();
    }

    @Test
    void withoutWordsEveryOrganisationIsListedByName() {
        OrganisationResults all = search.search(OrganisationQuery.all(50));
        assertThat(all.total()).isEqualTo(6);
        assertThat(names(all)).containsExactly("Bibliotheek Katwijk", "Buurthuis De Kern", "Moestuin Noord",
                "Protestantse Gemeente Rijnsburg", "Sportvereniging Rijnsburg", "Welzijnskwartier");
    }

    @Test
    void otherNamesDescriptionsPrefixesAndTyposFindAnOrganisation() {
        assertThat(names(text("stichting welzijnskwartier"))).containsExactly("Welzijnskwartier");
        assertThat(names(text("welzijn"))).first().isEqualTo("Welzijnskwartier");
        assertThat(names(text("bieb"))).containsExactly("Bibliotheek Katwijk");
        assertThat(names(text("wandelvoetbal"))).containsExactly("Sportvereniging Rijnsburg");
        assertThat(names(text("bibliotheeek"))).as("one typo").containsExactly("Bibliotheek Katwijk");
    }

    @Test
    void wordsThatTogetherFindNothingAreTriedOneByOne() {
        OrganisationResults found = text("bibliotheek wandelvoetbal");
        assertThat(found.relaxed()).isTrue();
        assertThat(names(found)).containsExactlyInAnyOrder("Bibliotheek Katwijk", "Sportvereniging Rijnsburg");
        assertThat(text("bibliotheek").relaxed()).isFalse();
    }

    @Test
    void filtersCombineAnyValueWithinAndEveryDimensionAcross() {
        OrganisationResults meeting = search.search(query(List.of("ontmoeten"), List.of(), List.of()));
        assertThat(names(meeting)).containsExactlyInAnyOrder("Welzijnskwartier", "Protestantse Gemeente Rijnsburg",
                "Buurthuis De Kern");
        OrganisationResults meetingOrSport = search.search(query(List.of("ontmoeten", "bewegen"), List.of(), List.of()));
        assertThat(meetingOrSport.total()).isEqualTo(4);
        OrganisationResults inRijnsburg = search.search(query(List.of("ontmoeten", "bewegen"), List.of(RIJNSBURG),
                List.of()));
        assertThat(names(inRijnsburg)).containsExactlyInAnyOrder("Welzijnskwartier", "Sportvereniging Rijnsburg",
                "Protestantse Gemeente Rijnsburg");
        assertThat(names(search.search(query(List.of(), List.of(RIJNSBURG), List.of("kerk")))))
                .containsExactly("Protestantse Gemeente Rijnsburg");
    }

    @Test
    void aDimensionWithAChoiceIsCountedAsIfNothingInItWereChosen() {
        OrganisationFacets facets = search.search(query(List.of("bewegen"), List.of(RIJNSBURG), List.of())).facets();
        assertThat(facets.themes()).as("themes within Rijnsburg, as if no theme were chosen")
                .extracting(OrganisationFacets.Count::value, OrganisationFacets.Count::count)
                .contains(tuple("ontmoeten", 2L), tuple("bewegen", 1L), tuple("geldzaken", 1L));
        assertThat(facets.wijken()).as("wijken of the bewegen organisations")
                .extracting(OrganisationFacets.Count::value, OrganisationFacets.Count::label,
                        OrganisationFacets.Count::count)
                .containsExactly(tuple(RIJNSBURG, "Rijnsburg", 1L));
        assertThat(facets.kinds()).extracting(OrganisationFacets.Count::value, OrganisationFacets.Count::label)
                .containsExactly(tuple("sport", "Sportclub of sportaanbieder"));
        assertThat(facets.themes().getFirst().label()).isEqualTo("T:ontmoeten");
    }

    @Test
    void pagesFollowOneAnother() {
        OrganisationQuery all = OrganisationQuery.all(4);
        List<String> first = names(search.search(all));
        List<String> second = names(search.search(all.withPage(4, 4)));
        assertThat(first).hasSize(4);
        assertThat(second).containsExactly("Sportvereniging Rijnsburg", "Welzijnskwartier");
        assertThat(search.search(all.withPage(4, 4)).total()).isEqualTo(6);
    }

    @Test
    void wordsCanBeListedByNameInsteadOfRelevance() {
        OrganisationQuery byName = new OrganisationQuery("koffie ontmoeting", null, null, null, null,
                OrganisationQuery.Sort.NAME, 0, 10);
        List<String> names = names(search.search(byName));
        assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER).isNotEmpty();
    }

    @Test
    void aHitCarriesEverythingTheStoreKnows() {
        StoredOrganisation found = text("welzijnskwartier").hits().getFirst();
        assertThat(found).usingRecursiveComparison().ignoringFields("firstSeen", "updatedAt").isEqualTo(WELZIJN);
    }

    private OrganisationResults text(String words) {
        return search.search(new OrganisationQuery(words, null, null, null, null, null, 0, 20));
    }

    private static OrganisationQuery query(List<String> themes, List<String> wijken, List<String> kinds) {
        return new OrganisationQuery("", themes, List.of(), wijken, kinds, null, 0, 20);
    }

    private static List<String> names(OrganisationResults results) {
        return results.hits().stream().map(StoredOrganisation::name).toList();
    }
}
