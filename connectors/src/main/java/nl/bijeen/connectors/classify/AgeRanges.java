package nl.bijeen.connectors.classify;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Audiences from ages written out: "4 tot 12 jaar" (kinderen), "12-18 jaar" (jongeren), "vanaf 55 jaar"
 * (senioren). Community agendas often give an age range instead of naming the group.
 */
final class AgeRanges {

    private static final Pattern RANGE = Pattern.compile(
            "(\\d{1,2})\\s*(?:-|–|tot en met|tot|t/m|tm)\\s*(\\d{1,3})\\s*(?:jaar|jr)");
    private static final Pattern FROM = Pattern.compile("(?:vanaf|boven de|ouder dan)\\s*(\\d{1,2})\\s*(?:jaar|jr)");

    static final String CHILDREN = "kinderen";
    static final String YOUTH = "jongeren";
    static final String SENIORS = "senioren";

    private AgeRanges() {
    }

    static Set<String> audiences(String text) {
        Set<String> found = new LinkedHashSet<>();
        if (text == null) {
            return found;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher range = RANGE.matcher(lower);
        while (range.find()) {
            addRange(found, Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2)));
        }
        Matcher from = FROM.matcher(lower);
        while (from.find()) {
            if (Integer.parseInt(from.group(1)) >= 50) {
                found.add(SENIORS);
            }
        }
        return found;
    }

    private static void addRange(Set<String> found, int from, int to) {
        if (to < from) {
            return;
        }
        if (from < 12 && to <= 18) {
            found.add(CHILDREN);
        }
        if (to > 12 && from <= 21 && to <= 30) {
            found.add(YOUTH);
        }
        if (from >= 50) {
            found.add(SENIORS);
        }
    }
}
