package nl.bijeen.aggregator.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * schema.org objects for organisations, as plain maps ready for JSON: the organizer of an event and the page's own
 * publisher. An organiser made in code (no profile) is a bare Organization with name, url and email.
 */
final class JsonLdOrganisations {

    private static final Map<String, String> TYPES = Map.of(
            "welzijn", "NGO", "bibliotheek", "Library", "kerk", "Church", "gemeente", "GovernmentOrganization",
            "sport", "SportsClub", "zorg", "MedicalOrganization", "onderwijs", "EducationalOrganization");
    private static final List<String> DAYS = List.of("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su");
    private static final List<String> DAY_NAMES = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    private JsonLdOrganisations() {
    }

    /**
     * The organizer of an event, with everything world.yml knows about it; opening hours as
     * openingHoursSpecification (the page's publisher has them as openingHours text, so a reader meets both).
     */
    static Map<String, Object> organizer(RenderContext ctx, DemoOrganiser organiser) {
        Map<String, Object> o = bare(organiser);
        OrganisationProfile profile = organiser.profile();
        if (profile != null) {
            details(ctx, o, profile);
            List<String> hours = profile.organisation().openingHours();
            if (!hours.isEmpty()) {
                o.put("openingHoursSpecification", hours.stream().map(JsonLdOrganisations::specification).toList());
            }
        }
        return o;
    }

    /** The page's own organisation: a top-level node of the graph, not the organizer of any event. */
    static Map<String, Object> publisher(RenderContext ctx) {
        DemoOrganiser publisher = ctx.site().organisation();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("@id", ctx.siteUrl() + "#organisatie");
        o.putAll(bare(publisher));
        OrganisationProfile profile = publisher.profile();
        if (profile != null) {
            details(ctx, o, profile);
            if (!profile.organisation().openingHours().isEmpty()) {
                o.put("openingHours", profile.organisation().openingHours());
            }
        }
        return o;
    }

    private static Map<String, Object> bare(DemoOrganiser organiser) {
        Map<String, Object> o = new LinkedHashMap<>();
        String kind = organiser.profile() == null ? null : organiser.profile().organisation().kind();
        o.put("@type", TYPES.getOrDefault(kind, "Organization"));
        o.put("name", organiser.name());
        if (organiser.url() != null) {
            o.put("url", organiser.url());
        }
        if (organiser.email() != null) {
            o.put("email", organiser.email());
        }
        return o;
    }

    private static void details(RenderContext ctx, Map<String, Object> o, OrganisationProfile profile) {
        DemoOrganisation org = profile.organisation();
        if (org.phone() != null) {
            o.put("telephone", org.phone());
        }
        if (profile.description() != null) {
            o.put("description", profile.description());
        }
        if (profile.place() != null) {
            o.put("address", JsonLdEvents.address(profile.place()));
            o.put("geo", JsonLdEvents.geo(profile.place()));
        }
        o.put("logo", ctx.base().resolve(profile.logoPath()).toString());
        if (Boolean.TRUE.equals(org.subsidised())) {
            o.put("funder", Map.of("@type", "GovernmentOrganization", "name", "Gemeente Katwijk"));
        }
    }

    /** "Mo-Fr 09:00-17:00" or "Tu,Th 13:30-16:00" as an OpeningHoursSpecification. */
    static Map<String, Object> specification(String line) {
        String[] dayPart = line.split(" ");
        String[] times = dayPart[1].split("-");
        List<String> days = new ArrayList<>();
        for (String range : dayPart[0].split(",")) {
            String[] ends = range.split("-");
            int from = DAYS.indexOf(ends[0]);
            int to = DAYS.indexOf(ends[ends.length - 1]);
            for (int d = from; d <= to; d++) {
                days.add("https://schema.org/" + DAY_NAMES.get(d));
            }
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("@type", "OpeningHoursSpecification");
        spec.put("dayOfWeek", days);
        spec.put("opens", times[0]);
        spec.put("closes", times[1]);
        return spec;
    }
}
