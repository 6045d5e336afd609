package nl.bijeen.web.organisation.search;

import java.util.List;

/**
 * Counts per dimension of the directory, most first (then by label).
 *
 * @param themes    taxonomy themes
 * @param audiences taxonomy audiences
 * @param wijken    CBS wijken, labelled with their names
 * @param kinds     kinds of organisation, labelled in Dutch
 */
public record OrganisationFacets(List<Count> themes, List<Count> audiences, List<Count> wijken, List<Count> kinds) {

    /** One value of a dimension: its code, the label residents read, and how many organisations have it. */
    public record Count(String value, String label, long count) {
    }

    public OrganisationFacets {
        themes = List.copyOf(themes);
        audiences = List.copyOf(audiences);
        wijken = List.copyOf(wijken);
        kinds = List.copyOf(kinds);
    }
}
