package nl.bijeen.aggregator.organisation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.bijeen.connectors.model.OrganisationKind;

/**
 * An admin's corrections of an organisation's details ({@code organisation_edit.edit_json}): only the corrected
 * parts are set; they win over what sources say. A blank text clears nothing: to correct, give the right value.
 */
public record OrganisationEdit(OrganisationKind kind, String description, String phone, String email,
                               String website, List<String> openingHours, Boolean subsidised) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public static final OrganisationEdit NONE = new OrganisationEdit(null, null, null, null, null, null, null);

    /** The corrected value when there is one, else what the sources say. */
    <T> T or(T corrected, T fromSources) {
        return corrected != null ? corrected : fromSources;
    }

    /** These corrections with {@code later}'s on top. */
    OrganisationEdit then(OrganisationEdit later) {
        return new OrganisationEdit(or(later.kind, kind), or(later.description, description), or(later.phone, phone),
                or(later.email, email), or(later.website, website), or(later.openingHours, openingHours),
                or(later.subsidised, subsidised));
    }

    public String toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        if (kind != null) {
            root.put("kind", kind.code());
        }
        putIfSet(root, "description", description);
        putIfSet(root, "phone", phone);
        putIfSet(root, "email", email);
        putIfSet(root, "url", website);
        if (openingHours != null) {
            openingHours.forEach(root.putArray("openingHours")::add);
        }
        if (subsidised != null) {
            root.put("subsidised", subsidised);
        }
        return root.toString();
    }

    public static OrganisationEdit fromJson(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("stored organisation edit is not valid JSON", e);
        }
        List<String> hours = null;
        if (root.has("openingHours")) {
            hours = new ArrayList<>();
            for (JsonNode line : root.get("openingHours")) {
                hours.add(line.asText());
            }
        }
        return new OrganisationEdit(OrganisationKind.ofCode(root.path("kind").asText("")).orElse(null),
                text(root, "description"), text(root, "phone"), text(root, "email"), text(root, "url"), hours,
                root.path("subsidised").isBoolean() ? root.get("subsidised").asBoolean() : null);
    }

    private static void putIfSet(ObjectNode root, String field, String value) {
        if (value != null && !value.isBlank()) {
            root.put(field, value.trim());
        }
    }

    private static String text(JsonNode root, String field) {
        JsonNode value = root.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
