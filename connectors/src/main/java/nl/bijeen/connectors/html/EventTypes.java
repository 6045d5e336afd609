package nl.bijeen.connectors.html;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** schema.org Event and its subtypes, as local names (see https://schema.org/Event, "More specific Types"). */
final class EventTypes {

    private static final Set<String> EVENTS = Set.of("Event", "BusinessEvent", "ChildrensEvent", "ComedyEvent",
            "CourseInstance", "DanceEvent", "DeliveryEvent", "EducationEvent", "EventSeries", "ExhibitionEvent",
            "Festival", "FoodEvent", "Hackathon", "LiteraryEvent", "MusicEvent", "PublicationEvent",
            "BroadcastEvent", "OnDemandEvent", "SaleEvent", "ScreeningEvent", "SocialEvent", "SportsEvent",
            "TheaterEvent", "VisualArtsEvent");

    private EventTypes() {
    }

    /** True when any of the node's types is Event or a subtype. */
    static boolean isEvent(JsonNode node) {
        return node != null && node.isObject() && JsonLdValues.types(node).stream().anyMatch(EVENTS::contains);
    }
}
