package nl.bijeen.web.hsds;

import java.net.URI;
import java.time.Instant;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.bijeen.aggregator.organisation.StoredOrganisation;
import nl.bijeen.web.web.TaxonomyLabels;

/**
 * A Bijeen organisation as an HSDS organization: names, description, contact, its address as a location with its
 * opening hours, a funding record when a source states it is subsidised, and its kind, themes and audiences as
 * attributes. Values HSDS would reject (an e-mail address without "@", a relative website) are left out rather
 * than exported broken.
 */
final class HsdsOrganizations {

    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final TaxonomyLabels labels;
    private final String province;

    HsdsOrganizations(TaxonomyLabels labels, String province) {
        this.labels = labels;
        this.province = province;
    }

    ObjectNode of(StoredOrganisation o, Instant now) {
        String id = HsdsIds.organization(o.id());
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("id", id).put("name", o.name());
        if (!o.otherNames().isEmpty()) {
            node.put("alternate_name", o.otherNames().getFirst());
        }
        node.put("description", description(o));
        if (o.email() != null && EMAIL.matcher(o.email()).matches()) {
            node.put("email", o.email());
        }
        if (absolute(o.website())) {
            node.put("website", o.website().toString());
        }
        if (absolute(o.logo())) {
            node.put("logo", o.logo().toString());
        }
        if (o.phone() != null && !o.phone().isBlank()) {
            node.putArray("phones").addObject().put("id", HsdsIds.of("phone", "organization/" + o.id()))
                    .put("organization_id", id).put("number", o.phone()).put("type", "voice");
        }
        addLocation(node, o, id, now);
        if (Boolean.TRUE.equals(o.subsidised())) {
            node.putArray("fundings").addObject().put("id", HsdsIds.of("funding", "organization/" + o.id()))
                    .put("organization_id", id).put("source", "Gesubsidieerd (zo vermeld door de organisatie)");
        }
        ArrayNode attributes = node.putArray("attributes");
        HsdsAttributes.add(attributes, HsdsAttributes.Vocabulary.KIND, java.util.List.of(o.kind().code()),
                code -> o.kind().label(), id, "organization");
        HsdsAttributes.add(attributes, HsdsAttributes.Vocabulary.THEME, o.themes(), labels::theme, id, "organization");
        HsdsAttributes.add(attributes, HsdsAttributes.Vocabulary.AUDIENCE, o.audiences(),
                code -> labels.audiences(java.util.List.of(code)).getFirst(), id, "organization");
        return node;
    }

    private void addLocation(ObjectNode node, StoredOrganisation o, String id, Instant now) {
        if (o.place() == null && o.openingHours().isEmpty()) {
            return;
        }
        ObjectNode location = o.place() == null
                ? JsonNodeFactory.instance.objectNode().put("id", HsdsIds.of("location", "organization/" + o.id()))
                        .put("location_type", "physical").put("organization_id", id).put("name", o.name())
                : HsdsLocations.of(o.place(), "organization/" + o.id(), id, province);
        if (!o.openingHours().isEmpty()) {
            ArrayNode schedules = location.putArray("schedules");
            HsdsOpeningHours.of(o.openingHours(), location.get("id").asText(), now).forEach(schedules::add);
        }
        node.putArray("locations").add(location);
    }

    /** HSDS requires a description; an organisation no source describes is described by its kind. */
    static String description(StoredOrganisation o) {
        return o.description() != null && !o.description().isBlank() ? o.description() : o.kind().label();
    }

    static boolean absolute(URI uri) {
        return uri != null && uri.isAbsolute() && uri.getHost() != null;
    }
}
