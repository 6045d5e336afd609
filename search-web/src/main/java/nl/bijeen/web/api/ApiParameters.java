package nl.bijeen.web.api;

import io.micronaut.http.HttpParameters;

import nl.bijeen.web.search.ActivitySearch;
import nl.bijeen.web.search.InvalidSearchException;
import nl.bijeen.web.search.SearchParameters;
import nl.bijeen.web.search.SearchRequest;

/**
 * Reads the query parameters of {@code /api/activities}: the search parameters every page and export shares
 * ({@link SearchParameters}) plus the API's paging. Every wrong value is refused with an
 * {@link InvalidSearchException} naming the parameter and saying in plain Dutch what is allowed.
 */
final class ApiParameters {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 200;

    private ApiParameters() {
    }

    static SearchRequest read(HttpParameters p) {
        SearchParameters.Source source = p::getAll;
        return SearchParameters.read(source)
                .limit(SearchParameters.wholeNumber(source, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT))
                .offset(SearchParameters.wholeNumber(source, "offset", 0, 0, ActivitySearch.MAX_OFFSET))
                .build();
    }
}
