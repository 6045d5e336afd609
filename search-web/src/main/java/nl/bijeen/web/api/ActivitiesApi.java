package nl.bijeen.web.api;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;

import nl.bijeen.web.search.ActivitySearch;
import nl.bijeen.web.search.InvalidSearchException;
import nl.bijeen.web.search.SearchRequest;
import nl.bijeen.web.search.SearchResult;

/**
 * The open JSON API: {@code GET /api/activities} with the same search as the page, its filters, facets and paging
 * (parameters in {@link ApiParameters} and {@code /api/openapi.yml}), and {@code GET /api/activities/{id}}. Each
 * activity carries the link to its original publication and every site it appeared on.
 */
@Secured(SecurityRule.IS_ANONYMOUS) // public: residents and developers, no login
@Controller("/api/activities")
public class ActivitiesApi {

    private final ActivitySearch search;

    public ActivitiesApi(ActivitySearch search) {
        this.search = search;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> activities(HttpRequest<?> request) {
        SearchResult result;
        SearchRequest asked;
        try {
            asked = ApiParameters.read(request.getParameters());
            result = search.search(asked);
        } catch (InvalidSearchException e) {
            return error(HttpStatus.BAD_REQUEST, e.getMessage(), e.parameter());
        }
        nl.bijeen.web.coverage.SearchDemand.record(asked, result); // unmet demand for /dekking: never text, never slow
        return HttpResponse.ok(new ActivitiesResponse(result.query(), result.total(), asked.offset(), asked.limit(),
                result.activities().stream()
                        .map(a -> ActivityJson.of(a, result.snippet(a), result.distanceKm(a), search::wijkName))
                        .toList(),
                result.facets(), result.filters().stream().map(ActivitiesResponse.FilterJson::of).toList(),
                result.relaxed().name(), ActivitiesResponse.message(result.relaxed()),
                result.near() == null ? null
                        : new ActivitiesResponse.PointJson(result.near().latitude(), result.near().longitude())));
    }

    /** One activity with all its upcoming dates; 404 when it is not (or no longer) listed. */
    @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> activity(@PathVariable("id") String id) {
        long number;
        try {
            number = Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            return error(HttpStatus.BAD_REQUEST, "Een activiteit heeft een nummer als id, niet \"" + id + "\".", "id");
        }
        return search.activity(number)
                .<HttpResponse<?>>map(a -> HttpResponse.ok(ActivityJson.of(a, null, null, search::wijkName)))
                .orElseGet(() -> error(HttpStatus.NOT_FOUND,
                        "Activiteit " + number + " bestaat niet of staat niet meer in het overzicht.", "id"));
    }

    static HttpResponse<ApiError> error(HttpStatus status, String message, String parameter) {
        return HttpResponse.<ApiError>status(status)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(new ApiError(status.getCode(), message, parameter));
    }
}
