package nl.bijeen.aggregator.organisation;

/**
 * One way a source names an organisation, for the admin's review.
 *
 * @param id       the mention's id (what decisions are about)
 * @param sourceId the source (site) that names it
 * @param origin   ORGANISER (its items), PUBLISHER (its feed or site) or OWNER (its registration)
 * @param name     the naming as published
 * @param website  the website given with it, or null
 */
public record OrganisationMention(long id, String sourceId, String origin, String name, String website) {
}
