package nl.bijeen.connectors.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days named relative to the publication date: "vandaag", "vanavond", "morgen(middag)", "overmorgen",
 * "aanstaande zaterdag", "a.s. zaterdag", "zaterdag a.s.", "komende vrijdag", "deze zondag",
 * "volgende week woensdag", with the times that follow.
 */
final class RelativeDateReader implements DatePhraseReader {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern TODAY = Pattern.compile(
            "(?<![\\p{L}'’])(vandaag|vanavond|vanmiddag|vanochtend|vanmorgen|overmorgen|morgen)(" + DayParts.WORD
                    + ")?(?![\\p{L}])", FLAGS);
    private static final Pattern COMING = Pattern.compile(
            "(?<![\\p{L}])(aanstaande|a\\.s\\.|as|komende|deze|volgende\\s+week|volgende|komende\\s+week)\\s+("
                    + Weekdays.FULL + ")(" + DayParts.WORD + ")?(?!\\p{L})"
                    + "|(?<![\\p{L}])(" + Weekdays.FULL + ")(" + DayParts.WORD + ")?\\s+a\\.s\\.", FLAGS);

    @Override
    public List<DateMention> read(String text, LocalDate reference) {
        Matcher today = TODAY.matcher(text);
        while (today.find()) {
            if (!NotActivityDates.at(text, today.start()) && !isMorningWord(text, today)) {
                String word = today.group(1).toLowerCase(Locale.ROOT);
                LocalDate day = reference.plusDays(word.equals("overmorgen") ? 2 : word.equals("morgen") ? 1 : 0);
                String part = word.startsWith("van") && !word.equals("vandaag") ? word.substring(3) : today.group(2);
                return List.of(mention(day, text, today.end(), part));
            }
        }
        Matcher coming = COMING.matcher(text);
        while (coming.find()) {
            if (NotActivityDates.at(text, coming.start())) {
                continue;
            }
            boolean suffix = coming.group(4) != null;
            DayOfWeek weekday = Weekdays.of(suffix ? coming.group(4) : coming.group(2));
            String how = suffix ? "a.s." : coming.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            return List.of(mention(day(how, weekday, reference), text, coming.end(),
                    suffix ? coming.group(5) : coming.group(3)));
        }
        return List.of();
    }

    /** "morgen" in "'s morgens" or "zaterdagmorgen" is a time of day, not tomorrow. */
    private static boolean isMorningWord(String text, Matcher m) {
        return m.group(1).equalsIgnoreCase("morgen") && m.end() < text.length() && text.charAt(m.end()) == 's';
    }

    /**
     * "deze zaterdag" may be today; "aanstaande"/"komende"/"volgende zaterdag" is the next one after today;
     * "volgende week zaterdag" is the Saturday of next week (weeks start on Monday).
     */
    private static LocalDate day(String how, DayOfWeek weekday, LocalDate reference) {
        if (how.endsWith("week")) {
            return reference.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(1)
                    .with(TemporalAdjusters.nextOrSame(weekday));
        }
        if (how.equals("deze")) {
            return reference.with(TemporalAdjusters.nextOrSame(weekday));
        }
        return reference.with(TemporalAdjusters.next(weekday));
    }

    private static DateMention mention(LocalDate day, String text, int end, String dayPart) {
        ClockTimes.Span span = ClockTimes.rightAfter(text, end);
        if (span.found()) {
            return new DateMention(day, span.start(), span.end());
        }
        LocalTime[] part = dayPart != null ? DayParts.hours(dayPart) : DayParts.after(text, end);
        return part == null ? new DateMention(day, null, null) : new DateMention(day, part[0], part[1]);
    }
}
