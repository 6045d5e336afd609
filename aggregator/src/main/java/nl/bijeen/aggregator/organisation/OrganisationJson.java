package nl.bijeen.aggregator.organisation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
        if (o.place() == null) {
            root.putNull("place");
        } else {
            Place p = o.place();
            root.putObject("place").put("name", p.name()).put("address", p.address()).put("latitude", p.latitude())
                    .put("longitude", p.longitude()).put("wijk", p.wijk()).put("buurt", p.buurt());
        }
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
        JsonNode p = root.path("place");
        Place place = p.isObject() ? new Place(text(p, "name"), text(p, "address"), number(p, "latitude"),
                number(p, "longitude"), text(p, "wijk"), text(p, "buurt")) : null;
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

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asDouble();
    }

    private static URI uri(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : URI.create(value);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
