package nl.bijeen.web.hsds;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.bijeen.aggregator.store.StoredActivity;
import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.web.web.TaxonomyLabels;

/**
 * A current Bijeen activity as an HSDS service of the organisation that runs it: its dates as schedules, its place
 * as a service-at-location, its cost as fees and (when it is a plain amount or "gratis") a cost option, its themes
 * and audiences as attributes. A cancelled activity is an inactive service.
 */
final class HsdsServices {

    private static final Pattern EURO = Pattern.compile("(?:€|eur(?:o)?)\\s*(\\d+)(?:[.,](\\d{1,2}))?",
            Pattern.CASE_INSENSITIVE);

    private final TaxonomyLabels labels;
    private final String province;

    HsdsServices(TaxonomyLabels labels, String province) {
        this.labels = labels;
        this.province = province;
    }

    ObjectNode of(StoredActivity activity, long organisationId, Instant now) {
        ActivityDraft a = activity.draft();
        String id = HsdsIds.service(activity.id());
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("id", id)
                .put("organization_id", HsdsIds.organization(organisationId)).put("name", a.title());
        HsdsLocations.putIfKnown(node, "description", a.description().text());
        if (a.link() != null && HsdsOrganizations.absolute(a.link())) {
            node.put("url", a.link().toString());
        }
        node.put("status", a.status() == ActivityDraft.Status.CANCELLED ? "inactive" : "active");
        if (!a.audiences().isEmpty()) {
            node.put("eligibility_description", String.join(", ", labels.audiences(a.audiences())));
        }
        addCost(node, a.cost(), id);
        ArrayNode schedules = node.putArray("schedules");
        HsdsSchedules.of(a.schedule(), now, id).forEach(schedules::add);
        if (a.place() != null) {
            ObjectNode location = HsdsLocations.of(a.place(), "service/" + activity.id(), null, province);
            node.putArray("service_at_locations").addObject()
                    .put("id", HsdsIds.of("service_at_location", Long.toString(activity.id())))
                    .put("service_id", id).put("location_id", location.get("id").asText()).set("location", location);
        }
        ArrayNode attributes = node.putArray("attributes");
        HsdsAttributes.add(attributes, HsdsAttributes.Vocabulary.THEME, a.themes(), labels::theme, id, "service");
        HsdsAttributes.add(attributes, HsdsAttributes.Vocabulary.AUDIENCE, a.audiences(),
                code -> labels.audiences(List.of(code)).getFirst(), id, "service");
        return node;
    }

    private static void addCost(ObjectNode node, String cost, String serviceId) {
        if (cost == null || cost.isBlank()) {
            return;
        }
        node.put("fees_description", cost);
        BigDecimal amount = amount(cost);
        if (amount != null) {
            node.putArray("cost_options").addObject().put("id", HsdsIds.of("cost_option", serviceId))
                    .put("service_id", serviceId).put("currency", "EUR").put("amount", amount).put("option", cost);
        }
    }

    /** 0 for "gratis", 2.50 for "€ 2,50"; null for anything less plain ("vrijwillige bijdrage"). */
    static BigDecimal amount(String cost) {
        String text = cost.strip().toLowerCase(Locale.ROOT);
        if (text.equals("gratis") || text.equals("gratis toegang")) {
            return BigDecimal.ZERO;
        }
        Matcher euro = EURO.matcher(text);
        if (!euro.find()) {
            return null;
        }
        String cents = euro.group(2) == null ? "00" : (euro.group(2) + "0").substring(0, 2);
        return new BigDecimal(euro.group(1) + "." + cents);
    }
}
