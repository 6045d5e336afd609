package nl.bijeen.aggregator.organisation;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import nl.bijeen.connectors.model.OrganisationKind;
import nl.bijeen.connectors.model.Place;

/**
 * An organisation as the store holds it: what its mentions across sources say, merged, with the admin's
 * corrections applied. Lists are never null; other parts are {@code null} when no source says.
 *
 * @param id           stable while its mentions come and go
 * @param name         the display name
 * @param otherNames   other names sources use for it, most used first, without {@code name}
 * @param kind         its kind
 * @param description  plain text
 * @param themes       taxonomy theme codes of its live activities (and as stated), most frequent first
 * @param audiences    taxonomy audience codes, most frequent first
 * @param wijken       CBS wijk codes it works in (its address and its activities' places), most frequent first
 * @param place        its address and coordinates
 * @param phone        telephone as published
 * @param email        contact e-mail
 * @param website      absolute URL of its website
 * @param openingHours as published, one line per rule
 * @param logo         absolute URL of its logo or picture
 * @param subsidised   true/false when stated
 * @param sourceIds    the sources (sites) that name it, as publisher, organiser or at registration
 * @param activityCount live activities linked to it
 * @param firstSeen    when it was first stored
 * @param updatedAt    when its details last changed
 */
public record StoredOrganisation(long id, String name, List<String> otherNames, OrganisationKind kind,
                                 String description, List<String> themes, List<String> audiences,
                                 List<String> wijken, Place place, String phone, String email, URI website,
                                 List<String> openingHours, URI logo, Boolean subsidised, List<String> sourceIds,
                                 int activityCount, Instant firstSeen, Instant updatedAt) {

    public StoredOrganisation {
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
        kind = kind == null ? OrganisationKind.OVERIG : kind;
        themes = themes == null ? List.of() : List.copyOf(themes);
        audiences = audiences == null ? List.of() : List.copyOf(audiences);
        wijken = wijken == null ? List.of() : List.copyOf(wijken);
        openingHours = openingHours == null ? List.of() : List.copyOf(openingHours);
        sourceIds = sourceIds == null ? List.of() : List.copyOf(sourceIds);
    }
}
