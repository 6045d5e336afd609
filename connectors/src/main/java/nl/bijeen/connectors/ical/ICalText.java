package nl.bijeen.connectors.ical;

import java.util.ArrayList;
import java.util.List;

/** iCalendar TEXT values: escapes and comma-separated lists (RFC 5545 §3.3.11). */
final class ICalText {

    private ICalText() {
    }

    static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Splits at commas that are not escaped, then unescapes each part; blank parts are dropped. */
    static List<String> splitList(String value) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                current.append(c).append(value.charAt(++i));
            } else if (c == ',') {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts.stream().map(ICalText::unescape).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
