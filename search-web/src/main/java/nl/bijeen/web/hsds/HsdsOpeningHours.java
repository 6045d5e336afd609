package nl.bijeen.web.hsds;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Opening hours as sources publish them, as HSDS location schedules. The schema.org form ("Mo-Fr 09:00-17:00",
 * "Tu,Th 13:30-16:00") becomes a WEEKLY rule with its days; any other wording ("ma t/m vr 9-17 uur") is kept as the
 * schedule's description, so nothing published is lost.
 */
final class HsdsOpeningHours {

    private static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
    private static final Pattern RULE = Pattern.compile(
            "^((?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?(?:,(?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?)*)"
                    + "\\s+(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})$");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private HsdsOpeningHours() {
    }

    static List<ObjectNode> of(List<String> lines, String locationId, Instant now) {
        ZoneOffset offset = AMSTERDAM.getRules().getOffset(now);
        List<ObjectNode> schedules = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            ObjectNode schedule = JsonNodeFactory.instance.objectNode()
                    .put("id", HsdsIds.of("schedule", "location/" + locationId + "/" + i))
                    .put("location_id", locationId)
                    .put("description", line);
            Matcher rule = RULE.matcher(line);
            if (rule.matches()) {
                schedule.put("freq", "WEEKLY").put("interval", 1).put("byday", days(rule.group(1)))
                        .put("opens_at", time(rule.group(2)) + offset.getId())
                        .put("closes_at", time(rule.group(3)) + offset.getId());
            }
            schedules.add(schedule);
        }
        return schedules;
    }

    /** "Mo-We,Fr" → "MO,TU,WE,FR". */
    static String days(String spec) {
        List<String> days = new ArrayList<>();
        for (String part : spec.split(",")) {
            String[] range = part.toUpperCase(java.util.Locale.ROOT).split("-");
            int from = DAYS.indexOf(range[0]);
            int to = range.length > 1 ? DAYS.indexOf(range[1]) : from;
            for (int d = from; d != to; d = (d + 1) % 7) {
                days.add(DAYS.get(d));
            }
            days.add(DAYS.get(to));
        }
        return String.join(",", days);
    }

    private static String time(String hm) {
        return hm.length() == 4 ? "0" + hm : hm;
    }
}
