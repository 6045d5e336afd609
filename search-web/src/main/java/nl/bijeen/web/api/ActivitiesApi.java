package nl.bijeen.web.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;

import nl.bijeen.web.search.ActivitySearch;
import nl.bijeen.web.search.SearchResult;

/**
 * The open JSON API: {@code GET /api/activities?q=…&limit=…&offset=…}. Same search as the page; each activity carries the
 * link to its original publication.
 */
@Controller("/api/activities")
public class ActivitiesApi {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 200;
    static final int MAX_QUERY_LENGTH = 200;

    private final ActivitySearch search;

    public ActivitiesApi(ActivitySearch search) {
        this.search = search;
    }

    /** The parameters arrive as text so that a wrong value gets our own clear message, not a generic one. */
    @Get(produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> activities(@Nullable @QueryValue("q") String q, @Nullable @QueryValue("limit") String limit,
                                      @Nullable @QueryValue("offset") String offset) {
        String query = q == null ? "" : q.strip();
        if (query.length() > MAX_QUERY_LENGTH) {
            return badRequest("q is too long: at most " + MAX_QUERY_LENGTH + " characters, got " + query.length());
        }
        int max;
        int skip;
        try {
            max = wholeNumber("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
            skip = wholeNumber("offset", offset, 0, 0, ActivitySearch.MAX_OFFSET);
        } catch (IllegalArgumentException e) {
            return badRequest(e.getMessage());
        }
        SearchResult result = search.search(query, skip, max);
        return HttpResponse.ok(new ActivitiesResponse(result.query(), result.total(), skip,
                result.activities().stream().map(ActivityJson::of).toList()));
    }

    private static int wholeNumber(String name, String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        int number;
        try {
            number = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    name + " must be a whole number from " + min + " to " + max + ", got \"" + value + "\"");
        }
        if (number < min || number > max) {
            throw new IllegalArgumentException(name + " must be from " + min + " to " + max + ", got " + number);
        }
        return number;
    }

    private static HttpResponse<ApiError> badRequest(String message) {
        return HttpResponse.<ApiError>status(HttpStatus.BAD_REQUEST)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(new ApiError(HttpStatus.BAD_REQUEST.getCode(), message));
    }
}
