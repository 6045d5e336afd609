package nl.bijeen.aggregator.source;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads crawl schedules as operators write them: "15m", "1h", "1d", or ISO-8601 such as "PT15M". */
public final class Schedules {

    /** Sources are not crawled more often than this: politeness towards small neighbourhood websites. */
    public static final Duration MINIMUM = Duration.ofMinutes(1);

    private static final Pattern SHORT = Pattern.compile("(\\d{1,6})\\s*([mhd])");

    private Schedules() {
    }

    /** The schedule, or an {@link IllegalArgumentException} whose message explains what is wrong. */
    public static Duration parse(String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        Duration duration = value.startsWith("p") ? iso(text.trim()) : shortForm(value);
        if (duration.compareTo(MINIMUM) < 0) {
            throw new IllegalArgumentException("'" + text + "' is too often: the shortest schedule is 1m");
        }
        return duration;
    }

    private static Duration shortForm(String value) {
        Matcher m = SHORT.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a schedule: write a number with m, h or d"
                    + " (\"15m\", \"1h\", \"1d\") or an ISO-8601 duration (\"PT15M\")");
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    private static Duration iso(String value) {
        try {
            return Duration.parse(value.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not a valid ISO-8601 duration (like \"PT15M\" or \"P1D\")");
        }
    }
}
