package nl.bijeen.connectors.classify;

import static nl.bijeen.connectors.classify.ProjectTaxonomy.CLASSIFIER;
import static nl.bijeen.connectors.classify.ProjectTaxonomy.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bijeen.connectors.model.ActivityDraft;

class ClassifierTest {

    private static Classification classify(String title, String description) {
        return CLASSIFIER.classify(draft(title, description), SourceDefaults.NONE);
    }

    @Test
    void aCompoundIsSplitOnTheKeywordsInside() {
        Classification c = classify("Seniorenbeweegclub", "");
        assertThat(c.audiences()).containsExactly("senioren");
        assertThat(c.themes()).containsExactly("bewegen");
        assertThat(classify("Ouderenkookcafé", "").themes()).containsExactly("eten-en-koken");
    }

    @Test
    void synonymsMapOntoOneAudience() {
        for (String title : List.of("Middag voor ouderen", "Uitje voor 65+", "Dansen voor 55-plussers",
                "Senioren op de fiets", "Ouderenmiddag", "Vijftigplussers wandelen")) {
            assertThat(classify(title, "").audiences()).as(title).contains("senioren");
        }
    }

    @Test
    void languageLearningIsFoundInItsManyNames() {
        assertThat(classify("Taalcafé", "").themes()).containsExactly("taal-en-leren");
        assertThat(classify("Nederlands oefenen", "").themes()).containsExactly("taal-en-leren");
        assertThat(classify("NT2-les op maandag", "")).satisfies(c -> {
            assertThat(c.themes()).containsExactly("taal-en-leren");
            assertThat(c.audiences()).containsExactly("nieuwkomers");
        });
    }

    @Test
    void toddlersAreChildrenAndTheirFamilies() {
        assertThat(classify("Peuterdans", "").audiences()).containsExactly("kinderen", "gezinnen");
        assertThat(classify("Kleuterochtend", "").audiences()).contains("kinderen", "gezinnen");
    }

    @Test
    void accentsAreFolded() {
        assertThat(classify("Ontmoeting met Oekraïense buren", "").audiences()).containsExactly("nieuwkomers");
    }

    @Test
    void aNegatedAudienceIsNotGiven() {
        Classification c = classify("Bordspellenavond", "Een avond voor volwassenen. Geen kinderen, wel veel spellen.");
        assertThat(c.audiences()).isEmpty();
        assertThat(classify("Film", "Deze film is niet geschikt voor kinderen onder 12.").audiences()).isEmpty();
    }

    @Test
    void aNegationDoesNotReachIntoTheNextSentence() {
        assertThat(classify("Knutselen", "Geen ervaring nodig. Kinderen zijn welkom.").audiences())
                .containsExactly("kinderen");
    }

    @Test
    void aNotPhraseOfTheEntryDoesNotCount() {
        assertThat(classify("Informatieavond", "Voor kinderen van ouderen met dementie.").audiences())
                .doesNotContain("kinderen");
    }

    @Test
    void publishedCategoriesAreMappedThroughTheKeywords() {
        ActivityDraft published = draft("Dinsdagmiddag", "").withAudiencesAndThemes(List.of("Ouderen"),
                List.of("Sport & Bewegen"));
        Classification c = CLASSIFIER.classify(published, SourceDefaults.NONE);
        assertThat(c.audiences()).containsExactly("senioren");
        assertThat(c.themes()).containsExactly("bewegen");
    }

    @Test
    void idsAreOrderedByScoreWithTheTitleWeighingMost() {
        Classification c = classify("Wandelen", "Daarna samen koffie drinken in het buurthuis, gezellig bijpraten.");
        assertThat(c.themes()).containsExactly("ontmoeten", "bewegen");
        Classification titleOnly = classify("Wandelen en koffie", "");
        assertThat(titleOnly.themes()).containsExactly("ontmoeten", "bewegen");
    }

    @Test
    void aPassingWordIsNoThemeNextToAClearOne() {
        assertThat(classify("Computercursus", "Leer e-mailen en foto's bekijken op de computer.").themes())
                .containsExactly("digitale-vaardigheden");
    }

    @Test
    void aPassingWordIsTheThemeWhenThereIsNothingStronger() {
        assertThat(classify("Buurtschoonmaak", "We rapen zwerfafval.").themes())
                .containsExactly("natuur-en-tuinieren", "repareren-en-duurzaamheid");
    }

    @Test
    void agesSayForWhom() {
        assertThat(classify("Zomerkamp", "Voor 4 tot 12 jaar").audiences()).containsExactly("kinderen");
        assertThat(classify("Zomerkamp", "Leeftijd 12-18 jaar").audiences()).containsExactly("jongeren");
        assertThat(classify("Zomerkamp", "Voor iedereen vanaf 55 jaar").audiences()).contains("senioren");
    }

    @Test
    void theSourceDefaultsAreUsedWhenTheActivitySaysNothing() {
        SourceDefaults repairCafe = new SourceDefaults(List.of("iedereen"), List.of("repareren-en-duurzaamheid"));
        Classification c = CLASSIFIER.classify(draft("Zaterdag 14 maart", "Van 10 tot 13 uur."), repairCafe);
        assertThat(c.audiences()).containsExactly("iedereen");
        assertThat(c.themes()).containsExactly("repareren-en-duurzaamheid");
    }

    @Test
    void theSourceDefaultsGiveWayToWhatTheActivitySays() {
        SourceDefaults youthCentre = new SourceDefaults(List.of("jongeren"), List.of("ontmoeten"));
        Classification c = CLASSIFIER.classify(draft("Ouderengym", ""), youthCentre);
        assertThat(c.audiences()).containsExactly("senioren");
        assertThat(c.themes()).containsExactly("bewegen");
    }

    @Test
    void anUnknownDefaultIdIsRefused() {
        assertThatThrownBy(() -> CLASSIFIER.classify(draft("Bingo", ""),
                new SourceDefaults(List.of("ouderen"), List.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the source's default audience 'ouderen' is not in the taxonomy");
    }

    @Test
    void costAndAccessAreReadFromTheText() {
        Classification c = classify("Koffieconcert", "Entree € 2,-. De zaal is rolstoeltoegankelijk.");
        assertThat(c.cost()).isEqualTo("€ 2,00");
        assertThat(c.wheelchairAccessible()).isTrue();
    }

    @Test
    void whatTheSourceStatesAboutAccessWins() {
        ActivityDraft stated = draft("Concert", "De zaal is rolstoeltoegankelijk.").withWheelchairAccessible(false);
        assertThat(CLASSIFIER.classify(stated, SourceDefaults.NONE).wheelchairAccessible()).isFalse();
    }

    @Test
    void applyStoresTaxonomyIdsCostAndAccess() {
        ActivityDraft published = draft("Ouderenmiddag", "Deelname is kosteloos. Niet rolstoeltoegankelijk.")
                .withAudiencesAndThemes(List.of("Ouderen"), List.of("Gezelligheid"));
        ActivityDraft applied = CLASSIFIER.apply(published, CLASSIFIER.classify(published, SourceDefaults.NONE));
        assertThat(applied.audiences()).containsExactly("senioren");
        assertThat(applied.themes()).containsExactly("ontmoeten");
        assertThat(applied.cost()).isEqualTo("gratis");
        assertThat(applied.wheelchairAccessible()).isFalse();
        assertThat(applied.title()).isEqualTo("Ouderenmiddag");
    }

    @Test
    void applyKeepsAPublishedCostWhenNoneWasFound() {
        ActivityDraft draft = draft("Bingo", "").withCost(null);
        Classification nothing = new Classification(List.of(), List.of("ontmoeten"), null, null);
        assertThat(CLASSIFIER.apply(draft.withCost("op aanvraag"), nothing).cost()).isEqualTo("op aanvraag");
    }

    @Test
    void classifyingInParallelGivesTheSameResults() throws Exception {
        List<LabelledExample> examples = LabelledExample.load("/classify/labelled.tsv");
        List<Classification> sequential = examples.stream()
                .map(e -> CLASSIFIER.classify(e.draft(), SourceDefaults.NONE)).toList();
        List<Classification> parallel = examples.parallelStream()
                .map(e -> CLASSIFIER.classify(e.draft(), SourceDefaults.NONE)).toList();
        assertThat(parallel).isEqualTo(sequential);
    }
}
