package nl.bijeen.connectors.text;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;

/** Dutch weekday names as written on community sites: "dinsdag", "di", "di.", plural "dinsdagen"/"dinsdags". */
final class Weekdays {

    /** Full names, longest alternatives first is not needed: they share no prefix. */
    static final String FULL = "(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)";
    static final String ANY = "(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)";

    private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(
            Map.entry("ma", DayOfWeek.MONDAY), Map.entry("di", DayOfWeek.TUESDAY), Map.entry("wo", DayOfWeek.WEDNESDAY),
            Map.entry("do", DayOfWeek.THURSDAY), Map.entry("vr", DayOfWeek.FRIDAY), Map.entry("za", DayOfWeek.SATURDAY),
            Map.entry("zo", DayOfWeek.SUNDAY));

    private Weekdays() {
    }

    /** The day a name (full, abbreviated or plural) stands for; the first two letters tell them apart. */
    static DayOfWeek of(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        DayOfWeek day = key.length() < 2 ? null : DAYS.get(key.substring(0, 2));
        if (day == null) {
            throw new IllegalArgumentException("not a Dutch weekday: " + name);
        }
        return day;
    }
}
