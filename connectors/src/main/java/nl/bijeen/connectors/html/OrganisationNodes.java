package nl.bijeen.connectors.html;

import static nl.bijeen.connectors.html.JsonLdValues.first;
import static nl.bijeen.connectors.html.JsonLdValues.number;
import static nl.bijeen.connectors.html.JsonLdValues.text;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import nl.bijeen.connectors.model.Organiser;
import nl.bijeen.connectors.model.Place;
import nl.bijeen.connectors.text.HtmlSanitizer;
import nl.bijeen.connectors.text.Links;

/**
 * A schema.org Organization (or NGO, Library, GovernmentOrganization, Person …) as an {@link Organiser}: name, url,
 * email, telephone, address and geo, description, logo (or image), opening hours, its type as kind, and whether it
 * is subsidised. {@code isAccessibleForFree} says nothing about subsidy; only a {@code funder} or {@code sponsor}
 * that is a municipality (a GovernmentOrganization, or a name starting with "Gemeente") makes it {@code true}.
 */
final class OrganisationNodes {

    /** Types a page's own organisation can have (a Person is an event's organizer, never a page's publisher). */
    static final Set<String> ORGANISATION_TYPES = Set.of("Organization", "NGO", "Library", "GovernmentOrganization",
            "LocalBusiness", "SportsClub", "SportsOrganization", "SportsTeam", "EducationalOrganization", "School",
            "MedicalOrganization", "PerformingGroup", "MusicGroup", "TheaterGroup", "DanceGroup", "Church",
            "PlaceOfWorship", "Corporation", "Consortium", "WorkersUnion", "Museum", "CommunityHealth", "Project",
            "FundingScheme", "ResearchOrganization", "NewsMediaOrganization", "OnlineBusiness", "Cooperative");

    private OrganisationNodes() {
    }

    static boolean isOrganisation(JsonNode node) {
        return node != null && node.isObject()
                && JsonLdValues.types(node).stream().anyMatch(ORGANISATION_TYPES::contains);
    }

    /** The organisation {@code node} describes, or {@code null} when it has no name, website or e-mail. */
    static Organiser of(JsonNode node, URI page) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            String name = label(node.asText());
            return name == null ? null : new Organiser(name, null, null);
        }
        String name = label(text(node, "name"));
        URI url = Links.absolute(text(node, "url"), page);
        String email = withoutScheme(label(text(node, "email")), "mailto:");
        if (name == null && url == null && email == null) {
            return null;
        }
        // Plain "Organization" says nothing about the kind; "Library", "NGO" or "Person" do.
        String kind = JsonLdValues.types(node).stream().filter(t -> !t.equals("Organization") && !t.equals("Thing"))
                .findFirst().orElse(null);
        return new Organiser(name, url == null ? null : url.toString(), email,
                withoutScheme(label(text(node, "telephone")), "tel:"), place(node), description(node),
                logo(node, page), OpeningHours.of(node), kind, subsidised(node));
    }

    private static Place place(JsonNode node) {
        JsonNode geo = first(node, "geo");
        Double latitude = number(geo == null ? null : geo.get("latitude"));
        Double longitude = number(geo == null ? null : geo.get("longitude"));
        if (latitude == null || longitude == null) {
            latitude = longitude = null;
        }
        String address = PlaceAndOrganiser.address(first(node, "address"));
        return address == null && latitude == null ? null : new Place(null, address, latitude, longitude);
    }

    private static String description(JsonNode node) {
        String description = text(node, "description");
        return description == null ? null : label(HtmlSanitizer.describe(description, null).text());
    }

    private static URI logo(JsonNode node, URI page) {
        for (String property : List.of("logo", "image")) {
            JsonNode value = first(node, property);
            String href = value == null ? null : value.isObject()
                    ? (text(value, "url") != null ? text(value, "url") : text(value, "contentUrl")) : text(value);
            URI uri = Links.absolute(href, page);
            if (uri != null) {
                return uri;
            }
        }
        return null;
    }

    private static Boolean subsidised(JsonNode node) {
        List<JsonNode> backers = new ArrayList<>(JsonLdValues.all(node, "funder"));
        backers.addAll(JsonLdValues.all(node, "sponsor"));
        for (JsonNode backer : backers) {
            String name = backer.isTextual() ? backer.asText() : text(backer, "name");
            if (JsonLdValues.types(backer).contains("GovernmentOrganization")
                    || name != null && name.strip().toLowerCase(Locale.ROOT).startsWith("gemeente")) {
                return true;
            }
        }
        return null;
    }

    private static String withoutScheme(String value, String scheme) {
        return value != null && value.regionMatches(true, 0, scheme, 0, scheme.length())
                ? value.substring(scheme.length()).strip() : value;
    }

    static String label(String value) {
        if (value == null) {
            return null;
        }
        String line = HtmlSanitizer.singleLine(value);
        return line.isEmpty() ? null : line;
    }
}
