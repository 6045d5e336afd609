package nl.bijeen.aggregator.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Description;
import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.model.Organiser;
import nl.bijeen.connectors.model.Place;
import nl.bijeen.connectors.model.Schedule;

/**
 * The stored form of an {@link ActivityDraft}: JSON written field by field in a fixed order, so that equal drafts
 * give equal text (the content hash depends on it) and a draft read back is {@code equals} to the one written —
 * times keep their zone id ({@code 2026-05-01T14:00+02:00[Europe/Amsterdam]}).
 */
public final class DraftJson {

    /** Bump when the layout changes; readers accept every version they know. */
    static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DraftJson() {
    }

    public static String write(ActivityDraft draft) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("v", VERSION);
        root.put("sourceId", draft.sourceId());
        root.put("sourceItemId", draft.sourceItemId());
        root.put("title", draft.title());
        root.putObject("description").put("text", draft.description().text()).put("html", draft.description().html());
        writeSchedule(root.putObject("schedule"), draft.schedule());
        writePlace(root, draft.place());
        writeOrganiser(root, draft.organiser());
        draft.audiences().forEach(root.putArray("audiences")::add);
        draft.themes().forEach(root.putArray("themes")::add);
        root.put("cost", draft.cost());
        root.put("image", draft.image() == null ? null : draft.image().toString());
        root.put("link", draft.link() == null ? null : draft.link().toString());
        root.put("status", draft.status().name());
        root.put("kind", draft.kind().name());
        root.put("wheelchairAccessible", draft.wheelchairAccessible());
        return root.toString();
    }

    public static ActivityDraft read(String json) {
        JsonNode root = parse(json);
        int version = root.path("v").asInt();
        if (version != VERSION) {
            throw new IllegalArgumentException("stored activity has unknown layout version " + version);
        }
        JsonNode description = root.path("description");
        return new ActivityDraft(text(root, "sourceId"), text(root, "sourceItemId"), text(root, "title"),
                new Description(text(description, "text"), text(description, "html")),
                readSchedule(root.path("schedule")), readPlace(root.path("place")),
                readOrganiser(root.path("organiser")), strings(root.path("audiences")),
                strings(root.path("themes")), text(root, "cost"), uri(root, "image"), uri(root, "link"),
                ActivityDraft.Status.valueOf(text(root, "status")), kind(root),
                root.path("wheelchairAccessible").isBoolean() ? root.get("wheelchairAccessible").asBoolean() : null);
    }

    /** Absent in activities stored before kinds existed: then derived from the schedule. */
    private static ActivityDraft.Kind kind(JsonNode root) {
        String kind = text(root, "kind");
        return kind == null ? null : ActivityDraft.Kind.valueOf(kind);
    }

    private static void writeSchedule(ObjectNode node, Schedule schedule) {
        node.put("zone", schedule.zone().getId());
        node.put("allDay", schedule.allDay());
        ArrayNode occurrences = node.putArray("occurrences");
        for (Occurrence o : schedule.occurrences()) {
            occurrences.addObject()
                    .put("start", o.start().toString())
                    .put("end", o.end() == null ? null : o.end().toString())
                    .put("cancelled", o.cancelled());
        }
    }

    private static Schedule readSchedule(JsonNode node) {
        List<Occurrence> occurrences = new ArrayList<>();
        for (JsonNode o : node.path("occurrences")) {
            String end = text(o, "end");
            occurrences.add(new Occurrence(ZonedDateTime.parse(text(o, "start")),
                    end == null ? null : ZonedDateTime.parse(end), o.path("cancelled").asBoolean()));
        }
        return new Schedule(ZoneId.of(text(node, "zone")), node.path("allDay").asBoolean(), occurrences);
    }

    public static void writePlace(ObjectNode root, Place place) {
        if (place == null) {
            root.putNull("place");
            return;
        }
        root.putObject("place").put("name", place.name()).put("address", place.address())
                .put("latitude", place.latitude()).put("longitude", place.longitude())
                .put("wijk", place.wijk()).put("buurt", place.buurt());
    }

    public static Place readPlace(JsonNode node) {
        if (!node.isObject()) {
            return null;
        }
        return new Place(text(node, "name"), text(node, "address"), number(node, "latitude"), number(node, "longitude"),
                text(node, "wijk"), text(node, "buurt"));
    }

    private static void writeOrganiser(ObjectNode root, Organiser organiser) {
        if (organiser == null) {
            root.putNull("organiser");
            return;
        }
        ObjectNode node = root.putObject("organiser").put("name", organiser.name()).put("url", organiser.url())
                .put("email", organiser.email());
        writeOrganiserDetails(node, organiser);
    }

    /**
     * The parts beyond name, website and e-mail, each only when known: an organiser that has none of them is
     * written exactly as before they existed, so stored content hashes stay the same.
     */
    public static void writeOrganiserDetails(ObjectNode node, Organiser organiser) {
        putIfKnown(node, "phone", organiser.phone());
        if (organiser.place() != null) {
            writePlace(node, organiser.place());
        }
        putIfKnown(node, "description", organiser.description());
        putIfKnown(node, "logo", organiser.logo() == null ? null : organiser.logo().toString());
        if (!organiser.openingHours().isEmpty()) {
            organiser.openingHours().forEach(node.putArray("openingHours")::add);
        }
        putIfKnown(node, "kind", organiser.kind());
        if (organiser.subsidised() != null) {
            node.put("subsidised", organiser.subsidised());
        }
    }

    /** Reads an organiser written by {@link #writeOrganiser} or {@link #writeOrganiserJson}. */
    public static Organiser readOrganiser(JsonNode node) {
        if (!node.isObject()) {
            return null;
        }
        return new Organiser(text(node, "name"), text(node, "url"), text(node, "email"), text(node, "phone"),
                readPlace(node.path("place")), text(node, "description"), uri(node, "logo"),
                strings(node.path("openingHours")), text(node, "kind"),
                node.path("subsidised").isBoolean() ? node.get("subsidised").asBoolean() : null);
    }

    /** One organiser on its own as JSON (for a feed's publisher, stored beside its source), or {@code null}. */
    public static String writeOrganiserJson(Organiser organiser) {
        if (organiser == null) {
            return null;
        }
        ObjectNode root = MAPPER.createObjectNode();
        writeOrganiser(root, organiser);
        return root.get("organiser").toString();
    }

    /** Reads {@link #writeOrganiserJson}'s output; {@code null} for {@code null}. */
    public static Organiser readOrganiserJson(String json) {
        return json == null ? null : readOrganiser(parse(json));
    }

    private static void putIfKnown(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("stored activity is not valid JSON", e);
        }
    }

    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    public static Double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asDouble();
    }

    public static URI uri(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : URI.create(value);
    }

    public static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
