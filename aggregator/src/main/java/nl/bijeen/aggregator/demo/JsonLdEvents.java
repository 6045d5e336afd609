package nl.bijeen.aggregator.demo;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** schema.org Event objects for one publication's dates, as plain maps ready for JSON. */
final class JsonLdEvents {

    private JsonLdEvents() {
    }

    static Map<String, Object> event(RenderContext ctx, Publication p, DemoOccurrence o) {
        DemoActivity a = p.activity();
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("@type", "Event");
        e.put("@id", ItemIds.eventId(p.site(), a, o));
        e.put("name", p.title());
        e.put("description", p.description());
        e.put("startDate", FeedText.ISO.format(o.start()));
        e.put("endDate", FeedText.ISO.format(o.end()));
        e.put("eventStatus", "https://schema.org/" + (a.cancelled() ? "EventCancelled" : "EventScheduled"));
        e.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
        e.put("location", place(p.place()));
        e.put("organizer", JsonLdOrganisations.organizer(ctx, p.organiser()));
        e.put("isAccessibleForFree", a.free());
        e.put("offers", offer(a.cost()));
        e.put("audience", a.audiences().stream().map(t -> Map.of("@type", "Audience", "audienceType", t)).toList());
        e.put("keywords", String.join(", ", a.themes()));
        e.put("url", ctx.itemLink(a).toString());
        e.put("image", ctx.imageUrl(a).toString());
        e.put("inLanguage", "nl");
        return e;
    }

    private static Map<String, Object> place(DemoPlace place) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("@type", "Place");
        p.put("name", place.name());
        p.put("address", address(place));
        p.put("geo", geo(place));
        return p;
    }

    static Map<String, Object> address(DemoPlace place) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        address.put("streetAddress", place.street());
        address.put("postalCode", place.postcode());
        address.put("addressLocality", place.town());
        address.put("addressCountry", "NL");
        return address;
    }

    static Map<String, Object> geo(DemoPlace place) {
        Map<String, Object> geo = new LinkedHashMap<>();
        geo.put("@type", "GeoCoordinates");
        geo.put("latitude", place.latitude());
        geo.put("longitude", place.longitude());
        return geo;
    }

    /** "gratis" → price 0; "€ 2,50" → price 2.50 EUR. */
    private static Map<String, Object> offer(String cost) {
        BigDecimal price = "gratis".equals(cost) ? BigDecimal.ZERO
                : new BigDecimal(cost.substring(2).replace(',', '.'));
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("@type", "Offer");
        offer.put("price", price.toPlainString());
        offer.put("priceCurrency", "EUR");
        offer.put("availability", "https://schema.org/InStock");
        return offer;
    }

    /** The page's publisher first, then one Event per date. */
    static List<Object> graph(RenderContext ctx) {
        List<Object> graph = new java.util.ArrayList<>();
        graph.add(JsonLdOrganisations.publisher(ctx));
        ctx.publications().stream()
                .flatMap(p -> p.shownOccurrences(ctx.clock()).stream().map(o -> (Object) event(ctx, p, o)))
                .forEach(graph::add);
        return graph;
    }
}
