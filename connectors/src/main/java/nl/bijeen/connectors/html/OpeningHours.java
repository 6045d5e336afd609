package nl.bijeen.connectors.html;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An organisation's opening hours as lines in the schema.org text form ("Mo-Fr 09:00-17:00", "Tu,Th 13:30-16:00"):
 * {@code openingHours} as published, or each {@code openingHoursSpecification} written that way (days in a row
 * joined with "-", others with ",").
 */
final class OpeningHours {

    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    private static final List<String> SHORT = List.of("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su");

    private OpeningHours() {
    }

    static List<String> of(JsonNode node) {
        List<String> lines = new ArrayList<>();
        for (JsonNode text : JsonLdValues.all(node, "openingHours")) {
            String line = OrganisationNodes.label(JsonLdValues.text(text));
            if (line != null) {
                lines.add(line);
            }
        }
        for (JsonNode spec : JsonLdValues.all(node, "openingHoursSpecification")) {
            String line = line(spec);
            if (line != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static String line(JsonNode spec) {
        boolean[] open = new boolean[7];
        for (JsonNode day : JsonLdValues.all(spec, "dayOfWeek")) {
            String name = JsonLdValues.text(day);
            int index = name == null ? -1 : DAYS.indexOf(name.substring(Math.max(name.lastIndexOf('/'),
                    name.lastIndexOf(':')) + 1));
            if (index >= 0) {
                open[index] = true;
            }
        }
        String opens = JsonLdValues.text(spec, "opens");
        String closes = JsonLdValues.text(spec, "closes");
        String days = days(open);
        if (days.isEmpty() || opens == null || closes == null) {
            return null;
        }
        return days + " " + hhmm(opens) + "-" + hhmm(closes);
    }

    /** "Mo-Fr", "Tu,Th", "Mo-We,Fr". */
    private static String days(boolean[] open) {
        List<String> runs = new ArrayList<>();
        int d = 0;
        while (d < 7) {
            if (!open[d]) {
                d++;
                continue;
            }
            int end = d;
            while (end + 1 < 7 && open[end + 1]) {
                end++;
            }
            runs.add(end == d ? SHORT.get(d) : SHORT.get(d) + "-" + SHORT.get(end));
            d = end + 1;
        }
        return String.join(",", runs);
    }

    /** "09:00:00" → "09:00". */
    private static String hhmm(String time) {
        return time.length() > 5 && time.charAt(5) == ':' ? time.substring(0, 5) : time;
    }
}
