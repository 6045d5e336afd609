package nl.bijeen.aggregator.organisation;

import static nl.bijeen.aggregator.store.DraftJson.strings;
import static nl.bijeen.aggregator.store.DraftJson.text;
import static nl.bijeen.aggregator.store.DraftJson.uri;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.bijeen.aggregator.store.DraftJson;
import nl.bijeen.connectors.model.OrganisationKind;
import nl.bijeen.connectors.model.Place;

/**
 * The stored form of a {@link StoredOrganisation}'s details ({@code organisation.organisation_json}): written field by
 * field in a fixed order, so equal organisations give equal text and the content hash means something. Id, name,
 * kind, activity count and times live in columns of their own.
 */
public final class OrganisationJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OrganisationJson() {
    }

    public static String write(StoredOrganisation o) {
        ObjectNode root = MAPPER.createObjectNode();
        o.otherNames().forEach(root.putArray("otherNames")::add);
        root.put("description", o.description());
        o.themes().forEach(root.putArray("themes")::add);
        o.audiences().forEach(root.putArray("audiences")::add);
        o.wijken().forEach(root.putArray("wijken")::add);
        DraftJson.writePlace(root, o.place());
        root.put("phone", o.phone());
        root.put("email", o.email());
        root.put("website", o.website() == null ? null : o.website().toString());
        o.openingHours().forEach(root.putArray("openingHours")::add);
        root.put("logo", o.logo() == null ? null : o.logo().toString());
        root.put("subsidised", o.subsidised());
        o.sourceIds().forEach(root.putArray("sourceIds")::add);
        return root.toString();
    }

    /** Rebuilds the organisation from its columns and its JSON details. */
    public static StoredOrganisation read(long id, String name, String kind, int activityCount, Instant firstSeen,
                                          Instant updatedAt, String json) {
        JsonNode root = parse(json);
        Place place = DraftJson.readPlace(root.path("place"));
        return new StoredOrganisation(id, name, strings(root.path("otherNames")),
                OrganisationKind.ofCode(kind).orElse(OrganisationKind.OVERIG), text(root, "description"),
                strings(root.path("themes")), strings(root.path("audiences")), strings(root.path("wijken")), place,
                text(root, "phone"), text(root, "email"), uri(root, "website"), strings(root.path("openingHours")),
                uri(root, "logo"), root.path("subsidised").isBoolean() ? root.get("subsidised").asBoolean() : null,
                strings(root.path("sourceIds")), activityCount, firstSeen, updatedAt);
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("stored organisation is not valid JSON", e);
        }
    }
}
