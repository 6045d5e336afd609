package nl.bijeen.web.api;

import io.micronaut.serde.annotation.SerdeImport;

import nl.bijeen.web.search.Facets;
import nl.bijeen.web.search.Suggestion;

/**
 * The API returns these search records as they are; imported here so the search package stays free of Micronaut.
 */
@SerdeImport(Facets.class)
@SerdeImport(Facets.Count.class)
@SerdeImport(Suggestion.class)
final class SearchTypesSerde {

    private SearchTypesSerde() {
    }
}
