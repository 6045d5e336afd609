package nl.bijeen.web.api;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/**
 * @param query      the search as understood (trimmed); empty lists everything upcoming
 * @param total      how many activities match in all
 * @param activities the first {@code limit} of them
 */
@Serdeable
public record ActivitiesResponse(String query, long total, List<ActivityJson> activities) {
}
