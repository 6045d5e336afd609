package nl.bijeen.connectors.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.bijeen.connectors.model.OrganisationKind;

/** Organisation kinds from stated kinds first, then name words, with configured words in configured order. */
class OrganisationKindsTest {

    private final OrganisationKinds kinds = new OrganisationKinds(words());

    private static Map<String, List<String>> words() {
        Map<String, List<String>> words = new LinkedHashMap<>();
        words.put("bibliotheek", List.of("library", "bibliotheek"));
        words.put("kerk", List.of("church", "protestantse gemeente", "kerk"));
        words.put("cultuur", List.of("koor", "museum"));
        words.put("gemeente", List.of("gemeente"));
        words.put("sport", List.of("zwem", "sportvereniging"));
        words.put("welzijn", List.of("welzijn"));
        return words;
    }

    @Test
    void aStatedSchemaOrgTypeWinsOverTheWordsOfTheName() {
        assertThat(kinds.classify(List.of("Library"), List.of("Welzijnshuis De Kern"))).isEqualTo(
                OrganisationKind.BIBLIOTHEEK);
    }

    @Test
    void aKindTheSiteOwnerChoseIsTakenAsItIs() {
        assertThat(kinds.classify(List.of("bewonersinitiatief"), List.of("Welzijnshuis De Kern"))).isEqualTo(
                OrganisationKind.BEWONERSINITIATIEF);
        assertThat(kinds.classify(List.of("cultuur"), List.of("Bibliotheek Katwijk"))).isEqualTo(
                OrganisationKind.CULTUUR);
    }

    @Test
    void nameWordsMatchFromTheStartOfAWordAndSpecificKindsComeFirst() {
        assertThat(kinds.classify(List.of(), List.of("Zwemvereniging De Vliet"))).isEqualTo(OrganisationKind.SPORT);
        assertThat(kinds.classify(List.of(), List.of("Protestantse Gemeente Katwijk"))).isEqualTo(OrganisationKind.KERK);
        assertThat(kinds.classify(List.of(), List.of("Gemeente Katwijk"))).isEqualTo(OrganisationKind.GEMEENTE);
        assertThat(kinds.classify(List.of("Organization"), List.of("Stichting Wélzijn Kust"))).isEqualTo(
                OrganisationKind.WELZIJN);
    }

    @Test
    void theHeadOfADutchCompoundCountsFromFourLettersOn() {
        assertThat(kinds.classify(List.of(), List.of("Ontmoetingskerk Katwijk aan Zee"))).isEqualTo(OrganisationKind.KERK);
        assertThat(kinds.classify(List.of(), List.of("Zuider Mannenkoor"))).isEqualTo(OrganisationKind.CULTUUR);
        assertThat(kinds.classify(List.of(), List.of("Weerkerkelijk Werk"))).as("inside a word is no match")
                .isEqualTo(OrganisationKind.OVERIG);
    }

    @Test
    void nothingKnownIsOverigAndAnUnknownKindInTheConfigIsRefused() {
        assertThat(kinds.classify(List.of(), List.of("Stichting Naast Je"))).isEqualTo(OrganisationKind.OVERIG);
        assertThatThrownBy(() -> new OrganisationKinds(Map.of("kroeg", List.of("cafe"))))
                .hasMessageContaining("unknown organisation kind 'kroeg'");
    }
}
