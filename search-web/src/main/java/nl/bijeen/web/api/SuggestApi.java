package nl.bijeen.web.api;

import java.util.List;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;

import nl.bijeen.web.search.ActivitySearch;
import nl.bijeen.web.search.InvalidSearchException;
import nl.bijeen.web.search.SearchParameters;
import nl.bijeen.web.search.Suggestion;

/** Autocomplete for the search box: {@code GET /api/suggest?q=koff}. */
@Secured(SecurityRule.IS_ANONYMOUS) // public: residents and developers, no login
@Controller("/api/suggest")
public class SuggestApi {

    static final int DEFAULT_LIMIT = 8;
    static final int MAX_LIMIT = 20;
    static final int MAX_QUERY_LENGTH = 100;

    /**
     * @param query       what was typed, as received
     * @param suggestions wijken and themes first (choosing one filters), then titles and organisers
     */
    @Serdeable
    public record SuggestResponse(String query, List<Suggestion> suggestions) {
    }

    private final ActivitySearch search;

    public SuggestApi(ActivitySearch search) {
        this.search = search;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> suggest(HttpRequest<?> request) {
        @Nullable String q = request.getParameters().get("q");
        String typed = q == null ? "" : q.strip();
        int limit;
        try {
            if (typed.length() > MAX_QUERY_LENGTH) {
                throw new InvalidSearchException("q", "q is te lang: hoogstens " + MAX_QUERY_LENGTH + " tekens.");
            }
            limit = SearchParameters.wholeNumber(request.getParameters()::getAll, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        } catch (InvalidSearchException e) {
            return ActivitiesApi.error(HttpStatus.BAD_REQUEST, e.getMessage(), e.parameter());
        }
        return HttpResponse.ok(new SuggestResponse(typed, search.suggest(typed, limit)));
    }
}
