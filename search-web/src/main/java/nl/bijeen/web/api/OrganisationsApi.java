package nl.bijeen.web.api;

import java.util.List;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.serde.annotation.Serdeable;

import nl.bijeen.aggregator.organisation.OrganisationStore;
import nl.bijeen.web.organisation.search.OrganisationFacets;
import nl.bijeen.web.organisation.search.OrganisationQuery;
import nl.bijeen.web.organisation.search.OrganisationResults;
import nl.bijeen.web.organisation.search.OrganisationSearch;
import nl.bijeen.web.search.InvalidSearchException;

/**
 * The organisations in the open JSON API: {@code GET /api/organisations} searches the directory with the same
 * engine, filters, facets and paging as the Organisaties pages ({@link OrganisationParameters}), and
 * {@code GET /api/organisations/{id}} gives one organisation with its live activities. The Open Referral form of the
 * same data is under {@code /api/hsds}.
 */
@SerdeImport(OrganisationFacets.class) // the search's own records, written as they are
@SerdeImport(OrganisationFacets.Count.class)
@Secured(SecurityRule.IS_ANONYMOUS) // public, as the activities API
@Controller("/api/organisations")
public class OrganisationsApi {

    private final OrganisationSearch search;
    private final OrganisationStore store;

    public OrganisationsApi(OrganisationSearch search, OrganisationStore store) {
        this.search = search;
        this.store = store;
    }

    /**
     * @param query   the words as understood (trimmed)
     * @param relaxed true when no organisation had every word and these have some of them
     */
    @Serdeable
    public record OrganisationsResponse(String query, long total, int offset, int limit,
                                        List<OrganisationJson> organisations, OrganisationFacets facets,
                                        boolean relaxed) {
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> organisations(HttpRequest<?> request) {
        OrganisationQuery query;
        try {
            query = OrganisationParameters.read(request.getParameters());
        } catch (InvalidSearchException e) {
            return ActivitiesApi.error(HttpStatus.BAD_REQUEST, e.getMessage(), e.parameter());
        }
        OrganisationResults results = search.search(query);
        return HttpResponse.ok(new OrganisationsResponse(query.text(), results.total(), query.offset(),
                query.limit(), results.hits().stream().map(o -> OrganisationJson.of(o, search.labels(), null)).toList(),
                results.facets(), results.relaxed()));
    }

    /** One organisation with the ids of its live activities; 404 when it is not (or no longer) listed. */
    @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> organisation(@PathVariable("id") String id) {
        long number;
        try {
            number = Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            return ActivitiesApi.error(HttpStatus.BAD_REQUEST,
                    "Een organisatie heeft een nummer als id, niet \"" + id + "\".", "id");
        }
        return store.find(number)
                .<HttpResponse<?>>map(o -> HttpResponse.ok(OrganisationJson.of(o, search.labels(),
                        store.activityIds(number))))
                .orElseGet(() -> ActivitiesApi.error(HttpStatus.NOT_FOUND,
                        "Organisatie " + number + " bestaat niet of staat niet meer in het overzicht.", "id"));
    }
}
