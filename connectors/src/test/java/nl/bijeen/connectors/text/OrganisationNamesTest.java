package nl.bijeen.connectors.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganisationNamesTest {

    @Test
    void anAgendaSuffixOrPrefixIsStrippedOnlyWhenItIsClearlyOne() {
        assertThat(OrganisationNames.fromTitle("Welzijn Kust en Rijn - Agenda")).contains("Welzijn Kust en Rijn");
        assertThat(OrganisationNames.fromTitle("Buurthuis Zuid | Activiteiten")).contains("Buurthuis Zuid");
        assertThat(OrganisationNames.fromTitle("Agenda – De Kern")).contains("De Kern");
        assertThat(OrganisationNames.fromTitle("Agenda van De Kern")).contains("Agenda van De Kern");
        assertThat(OrganisationNames.fromTitle("Bibliotheek Duin en Rijn – vestiging Hoornes"))
                .contains("Bibliotheek Duin en Rijn – vestiging Hoornes");
        assertThat(OrganisationNames.fromTitle("Agenda")).isEmpty();
        assertThat(OrganisationNames.fromTitle("  ")).isEmpty();
    }

    @Test
    void organisationsAreToldFromPeopleAndAccounts() {
        assertThat(OrganisationNames.looksLikeOrganisation("Stichting Welzijn Katwijk")).isTrue();
        assertThat(OrganisationNames.looksLikeOrganisation("Team Participatie")).isTrue();
        assertThat(OrganisationNames.looksLikeOrganisation("KBO Katwijk")).isTrue();
        assertThat(OrganisationNames.looksLikeOrganisation("welzijnkustenrijn.example")).isTrue();
        assertThat(OrganisationNames.looksLikeOrganisation("Marieke de Vries")).isFalse();
        assertThat(OrganisationNames.looksLikeOrganisation("webmaster")).isFalse();
        assertThat(OrganisationNames.looksLikeOrganisation(null)).isFalse();
    }

    @Test
    void managingEditorGivesItsAddressAndName() {
        assertThat(OrganisationNames.emailIn("info@delinde.nl (Buurthuis De Linde)")).contains("info@delinde.nl");
        assertThat(OrganisationNames.nameInParentheses("info@delinde.nl (Buurthuis De Linde)"))
                .contains("Buurthuis De Linde");
        assertThat(OrganisationNames.emailIn("Buurthuis De Linde")).isEmpty();
    }
}
