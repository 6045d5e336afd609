package nl.bijeen.web.organisation.search;

import java.util.List;

import nl.bijeen.aggregator.organisation.StoredOrganisation;

/**
 * One page of a directory search.
 *
 * @param total   how many organisations match in all
 * @param hits    the page asked for, in the order asked
 * @param facets  value counts per dimension over all matches; a dimension with a choice is counted as if nothing in
 *                it were chosen (drill sideways), so its other values stay visible with what they would add
 * @param relaxed true when no organisation had every word and the hits have any of them
 */
public record OrganisationResults(long total, List<StoredOrganisation> hits, OrganisationFacets facets,
                                  boolean relaxed) {

    public OrganisationResults {
        hits = List.copyOf(hits);
    }
}
