package nl.bijeen.web.api;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/**
 * @param query      the search as understood (trimmed); empty lists everything upcoming
 * @param total      how many activities match in all
 * @param offset     how many were skipped before the first one here
 * @param activities at most {@code limit} of them, starting after {@code offset}
 */
@Serdeable
public record ActivitiesResponse(String query, long total, int offset, List<ActivityJson> activities) {
}
